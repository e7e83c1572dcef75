# Marketing site: built with Vite, served by unprivileged nginx.
# syntax=docker/dockerfile:1
# WRONG: the directive is there, but below a comment: Docker reads parser directives only
# at the very top of the file, so this line is an ordinary comment.

FROM node:20.12-bookworm AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine AS web
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
