# syntax=docker/dockerfile:1
# WRONG: prunes in a stage of its own (good) but then ships the build stage's whole
# working folder, whose node_modules still hold every devDependency, sources and all.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS prod-deps
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
COPY --from=prod-deps /app/node_modules ./node_modules
USER node
CMD ["node", "dist/index.js"]
