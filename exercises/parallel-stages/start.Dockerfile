# syntax=docker/dockerfile:1

# One builder for everything: Go image plus Debian's Node.js for the web UI.
FROM golang:1.27-trixie AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY web/package.json web/package-lock.json ./web/
RUN cd web && npm ci
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN cd web && npm run build
RUN CGO_ENABLED=0 go build -o /out/portal ./cmd/portal

FROM alpine:3.23 AS production
COPY --from=build /out/portal /usr/local/bin/portal
COPY --from=build /src/web/dist /srv/www
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
