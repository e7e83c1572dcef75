# syntax=docker/dockerfile:1
# WRONG: the UI stage copies only package.json and the lockfile, never the web sources, so
# `npm run build` has nothing to build and the build fails.

FROM node:24-trixie-slim AS web-build
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
RUN npm run build

FROM golang:1.27-trixie AS server-build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/portal ./cmd/portal

FROM alpine:3.23 AS production
COPY --from=server-build /out/portal /usr/local/bin/portal
COPY --from=web-build /web/dist /srv/www
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
