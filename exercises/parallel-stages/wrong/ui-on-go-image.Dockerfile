# syntax=docker/dockerfile:1
# WRONG: the UI has a stage of its own now, but it is still the Go image with Debian's
# nodejs apt-installed (an old Node.js, on an 800 MB toolchain image), not a Node.js image.

FROM golang:1.22-bookworm AS web-build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
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
