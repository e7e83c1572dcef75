# syntax=docker/dockerfile:1
# WRONG: `/app/.` instead of `/`: still the build stage's whole working folder, sources and all.
FROM node:24-trixie AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:24-trixie-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/. ./
USER node
CMD ["node", "dist/server.js"]
