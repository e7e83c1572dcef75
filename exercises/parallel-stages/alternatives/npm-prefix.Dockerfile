# syntax=docker/dockerfile:1
# npm run from the project root with --prefix web, options before the command.

# Neither build stage needs the other: BuildKit runs them at the same time.
FROM node:24-trixie-slim AS ui
WORKDIR /app
COPY web/package.json web/package-lock.json web/
RUN npm ci --prefix web
COPY web/ web/
RUN npm --prefix web run build

FROM golang:1.27-trixie AS server-build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/portal ./cmd/portal

FROM alpine:3.23 AS production
COPY --from=server-build /out/portal /usr/local/bin/portal
COPY --from=ui /app/web/dist /srv/www
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
