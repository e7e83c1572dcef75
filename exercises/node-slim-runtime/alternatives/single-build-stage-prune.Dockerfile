# syntax=docker/dockerfile:1
# Right, written differently: one build stage that builds and then prunes, the slim stage copies node_modules, dist and package.json.
FROM node:24 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:24-slim AS rt
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/package.json .
USER node
CMD ["node", "dist/index.js"]
