# syntax=docker/dockerfile:1
# Right, written differently: the UI stage keeps the repository layout and `cd`s into web/
# (npm ci finds web/package-lock.json there); Debian slim for the server.
FROM node:24-trixie-slim AS frontend
WORKDIR /repo
COPY web/package.json web/package-lock.json ./web/
RUN cd web && npm ci
COPY web/ ./web/
RUN cd web && npm run build

FROM golang:1.27-trixie AS backend
WORKDIR /repo
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/portal ./cmd/portal

FROM debian:trixie-slim AS release
COPY --from=backend /bin/portal /usr/local/bin/portal
COPY --from=frontend /repo/web/dist /srv/www
USER 65534
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
