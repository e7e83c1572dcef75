# syntax=docker/dockerfile:1
# npm prune under NODE_ENV=production drops devDependencies as --omit=dev does.

FROM node:24-trixie-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

# The same install with the devDependencies removed, for production only.
FROM deps AS runtime-deps
RUN NODE_ENV=production npm prune

FROM node:24-trixie-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
CMD ["node", "dist/index.js"]
