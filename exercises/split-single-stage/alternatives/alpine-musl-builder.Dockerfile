# syntax=docker/dockerfile:1
# Built on Alpine and run on the same Alpine release. golang's -alpine image has no C compiler,
# so cgo is off and the binary is static; the runtime needs nothing from the builder but it.
FROM golang:1.27-alpine3.23 AS builder
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
