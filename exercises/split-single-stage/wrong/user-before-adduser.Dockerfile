# syntax=docker/dockerfile:1
# WRONG: on Alpine, `USER shortener` is set before `adduser` creates it.

FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/shortener ./cmd/shortener

FROM alpine:3.19 AS runtime
USER shortener
RUN adduser -D -H shortener
COPY --from=build /out/shortener /usr/local/bin/shortener
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/shortener"]
