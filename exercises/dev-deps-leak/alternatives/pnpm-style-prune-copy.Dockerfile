# syntax=docker/dockerfile:1
# Right, written differently: one build stage that builds first and prunes after, in the
# same RUN, then production copies the pruned node_modules and dist/ from it.
FROM node:20-bookworm-slim AS base
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM base AS unit
COPY . .
RUN npm test

FROM base AS compile
COPY . .
RUN npm run build \
 && npm prune --omit=dev

FROM gcr.io/distroless/nodejs20-debian12:nonroot AS ship
ENV NODE_ENV=production
WORKDIR /srv/app
COPY --from=compile /srv/app/node_modules ./node_modules
COPY --from=compile /srv/app/dist ./dist
COPY --from=compile /srv/app/package.json ./
CMD ["dist/index.js"]
