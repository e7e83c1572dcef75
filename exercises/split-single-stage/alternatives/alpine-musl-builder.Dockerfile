# syntax=docker/dockerfile:1
# Built on Alpine and run on Alpine: both use musl, so cgo may stay on.
FROM golang:1.27-alpine AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /bin/shortener ./cmd/shortener

FROM alpine:3.23 AS final
RUN adduser -D -H -u 10001 short
COPY --from=builder /bin/shortener /usr/local/bin/
USER short
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/shortener"]
