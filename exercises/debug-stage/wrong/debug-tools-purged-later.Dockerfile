# syntax=docker/dockerfile:1
# WRONG: one image for both uses: the debugging tools are installed and then deleted in a
# later RUN "for production"; they stay in the earlier layer, and no debug stage exists.

FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/gateway ./cmd/gateway

FROM alpine:3.19 AS production
RUN apk add --no-cache ca-certificates curl strace busybox-extras
RUN apk del curl strace busybox-extras
COPY --from=build /out/gateway /usr/local/bin/gateway
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/gateway"]
