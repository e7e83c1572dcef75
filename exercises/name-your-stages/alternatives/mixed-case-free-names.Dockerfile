# syntax=docker/dockerfile:1
# Right, written differently: other names, the binary copied into a folder and started by
# its name on PATH, a cache mount, numeric user.
FROM golang:1.22-alpine AS compile-inventory
WORKDIR /go/src/inventory
COPY go.* ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -trimpath -o /usr/local/bin/inventory ./cmd/inventory

FROM alpine:3.19 AS inventory-image
RUN apk add --no-cache ca-certificates tzdata
COPY --from=compile-inventory /usr/local/bin/inventory /usr/local/bin/
USER 65534:65534
EXPOSE 8080
CMD ["inventory"]
