# syntax=docker/dockerfile:1
# WRONG: Renaming the debug stage does not make it lean: it is still last, with the tools.
FROM golang:1.27-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/gateway ./cmd/gateway

FROM alpine:3.23 AS base
COPY --from=build /out/gateway /usr/local/bin/gateway
ENTRYPOINT ["/usr/local/bin/gateway"]

FROM base AS release
RUN apk add --no-cache curl strace busybox-extras
USER nobody:nobody
