# syntax=docker/dockerfile:1

FROM golang:1.27-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/gateway ./cmd/gateway

# What both images share.
FROM alpine:3.23 AS runtime-base
RUN apk add --no-cache ca-certificates
COPY --from=build /out/gateway /usr/local/bin/gateway
ENTRYPOINT ["/usr/local/bin/gateway"]

# For on-call: docker build --target debug
FROM runtime-base AS debug
RUN apk add --no-cache curl strace busybox-extras
USER nobody:nobody

# Last, so a plain `docker build` gives the lean image.
FROM runtime-base AS production
USER nobody:nobody
