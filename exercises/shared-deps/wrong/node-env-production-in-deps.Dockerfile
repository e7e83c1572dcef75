# syntax=docker/dockerfile:1
# WRONG: NODE_ENV=production set in the shared stage makes `npm ci` skip devDependencies, so the build stage has no TypeScript.
FROM node:24-trixie-slim AS deps
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

FROM node:24-trixie-slim AS production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/main.js"]
