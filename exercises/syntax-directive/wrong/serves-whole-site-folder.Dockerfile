# syntax=docker/dockerfile:1
# WRONG: nginx serves the build stage's whole /site (sources, node_modules, .env files)
# instead of the built dist/ folder.

FROM node:20.12-bookworm AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine AS web
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site /usr/share/nginx/html
USER nginx
EXPOSE 8080
