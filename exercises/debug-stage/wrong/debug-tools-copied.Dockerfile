# syntax=docker/dockerfile:1
# WRONG: copying strace and curl out of the debug stage ships them in production as surely as installing them.

FROM golang:1.27-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/gateway ./cmd/gateway

FROM alpine:3.23 AS runtime-base
RUN apk add --no-cache ca-certificates
COPY --from=build /out/gateway /usr/local/bin/gateway
ENTRYPOINT ["/usr/local/bin/gateway"]

FROM runtime-base AS debug
RUN apk add --no-cache curl strace busybox-extras
USER nobody:nobody

FROM runtime-base AS production
COPY --from=debug /usr/bin/strace /usr/bin/curl /usr/bin/
USER nobody:nobody
