# syntax=docker/dockerfile:1
# WRONG: the fix for the leak is put in the shared `deps` stage: `npm prune --omit=dev`
# there also strips TypeScript and the bundler from the build stage, which then fails.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
RUN npm prune --omit=dev

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
CMD ["node", "dist/index.js"]
