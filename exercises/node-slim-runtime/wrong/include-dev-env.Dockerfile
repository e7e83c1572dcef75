# syntax=docker/dockerfile:1
# WRONG: NODE_ENV=production is set, but npm_config_include=dev (left over from a CI template)
# brings the devDependencies back: in npm, include wins over omit.

FROM node:24 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-slim AS runtime
ENV NODE_ENV=production npm_config_include=dev
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY --from=build /app/dist ./dist
USER node
EXPOSE 8080
CMD ["node", "dist/index.js"]
