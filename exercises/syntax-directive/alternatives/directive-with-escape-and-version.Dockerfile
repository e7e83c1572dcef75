# escape=\
# syntax=docker/dockerfile:1
# Right, written differently: the escape directive first, the frontend's 1.x line (it follows 1.x releases), other
# names, a cache mount and --link.

FROM node:24-alpine AS site-builder
WORKDIR /src
COPY package*.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.30-alpine AS server
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --link --from=site-builder /src/dist/ /usr/share/nginx/html/
USER 101
EXPOSE 8080
