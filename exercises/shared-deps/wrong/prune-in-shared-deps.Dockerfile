# syntax=docker/dockerfile:1
# WRONG: `npm prune --omit=dev` moved into the shared dependencies stage "to keep production
# small"; the build stage derives from it too, so TypeScript and the bundler are gone when
# `npm run build` runs, and the build fails.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm prune --omit=dev

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

FROM node:20-bookworm-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
