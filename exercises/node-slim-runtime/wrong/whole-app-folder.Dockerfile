# syntax=docker/dockerfile:1
# WRONG: slim base, but the runtime copies the build stage's whole /app: the sources, the
# TypeScript config and the full node_modules with every devDependency come along.

FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 8080
CMD ["node", "dist/index.js"]
