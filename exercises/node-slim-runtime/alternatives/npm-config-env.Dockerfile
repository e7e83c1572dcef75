# syntax=docker/dockerfile:1
# Right, written differently: npm reads its settings from npm_config_* variables too, so
# ENV npm_config_omit=dev makes the runtime stage's `npm ci` leave the devDependencies out.

FROM node:24 AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-trixie-slim AS web
ENV npm_config_omit=dev
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY --from=assets /app/dist ./dist
USER node
EXPOSE 8080
CMD ["node", "dist/index.js"]
