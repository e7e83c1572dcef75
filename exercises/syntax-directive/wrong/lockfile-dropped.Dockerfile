# syntax=docker/dockerfile:1
# WRONG: while moving the directive up, the COPY lost package-lock.json: npm ci fails.

FROM node:20.12-bookworm AS build
WORKDIR /site
COPY package.json ./
RUN npm ci
COPY src ./src
COPY index.html vite.config.js ./
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine AS web
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
