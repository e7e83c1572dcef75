# syntax=docker/dockerfile:1
# WRONG: `npm ci --omit=dev` in the UI stage "because it is for production": Vite is a
# devDependency, so `npm run build` fails.

FROM node:20-bookworm-slim AS web-build
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --omit=dev
COPY web/ .
RUN npm run build

FROM golang:1.22-bookworm AS server-build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/portal ./cmd/portal

FROM alpine:3.19 AS production
COPY --from=server-build /out/portal /usr/local/bin/portal
COPY --from=web-build /web/dist /srv/www
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
