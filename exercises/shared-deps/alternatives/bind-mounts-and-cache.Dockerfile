# syntax=docker/dockerfile:1
# Right, written differently: the manifests come in as bind mounts (nothing copied), npm's
# cache is a cache mount, Alpine images, numeric user, and production prunes a copy.
FROM node:20-alpine AS modules
WORKDIR /work
RUN --mount=type=bind,source=package.json,target=package.json \
    --mount=type=bind,source=package-lock.json,target=package-lock.json \
    --mount=type=cache,target=/root/.npm \
    npm ci

FROM modules AS verify
COPY . .
RUN npm test

FROM modules AS bundle
COPY . .
RUN npm run build

FROM modules AS pruned
COPY package.json package-lock.json ./
RUN npm prune --omit=dev

FROM node:20-alpine AS app
ENV NODE_ENV=production
WORKDIR /work
COPY --link --from=pruned /work/node_modules node_modules
COPY --link --from=bundle /work/dist dist
COPY --link package.json .
USER 1000:1000
CMD ["node", "dist/main.js"]
