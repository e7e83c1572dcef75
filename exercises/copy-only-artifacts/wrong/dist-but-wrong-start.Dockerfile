# syntax=docker/dockerfile:1
# WRONG: copies dist/ into /srv but still starts `dist/server.js` relative to /app.

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
COPY --from=build /app/node_modules /app/node_modules
COPY --from=build /app/dist /srv/dist
USER node
EXPOSE 3000
CMD ["node", "/app/dist/server.js"]
