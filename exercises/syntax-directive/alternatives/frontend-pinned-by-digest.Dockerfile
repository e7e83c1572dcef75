# syntax=docker/dockerfile:1@sha256:9857836c9ee4268391bb5b09f9f157f3c91bb15821bb77969642813b0d00518d
# Right, written differently: the frontend pinned by tag and digest, so every build uses the same one.
# Marketing site: built with Vite, served by unprivileged nginx.

FROM node:24-trixie AS site
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.30-alpine AS serve
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=site /site/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
