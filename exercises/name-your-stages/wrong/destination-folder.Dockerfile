# syntax=docker/dockerfile:1
# WRONG: a destination ending in / is a folder, so the binary lands at /usr/local/bin/inventory/inventory.

FROM golang:1.27-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/inventory ./cmd/inventory

FROM alpine:3.23 AS runtime
RUN apk add --no-cache ca-certificates tzdata
COPY --from=build /out/inventory /usr/local/bin/inventory/
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/inventory"]
