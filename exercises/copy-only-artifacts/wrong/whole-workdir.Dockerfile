# syntax=docker/dockerfile:1
# WRONG: `/` became `/app`: no longer the whole filesystem, but still the build stage's
# whole working folder, with src/, tsconfig.json and everything else next to dist/.

FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
