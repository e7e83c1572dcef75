# syntax=docker/dockerfile:1
# WRONG: `COPY package*.json` became `COPY package.json`: npm ci has no lockfile and fails.

FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
