# syntax=docker/dockerfile:1
FROM golang:1.27-alpine AS gateway-build
WORKDIR /go/src/gateway
COPY . .
RUN CGO_ENABLED=0 go build -o gateway ./cmd/gateway

FROM alpine:3.23 AS troubleshoot
RUN apk add --no-cache ca-certificates curl strace busybox-extras
COPY --from=gateway-build /go/src/gateway/gateway /usr/local/bin/gateway
USER nobody
ENTRYPOINT ["gateway"]

FROM gcr.io/distroless/static-debian13:nonroot AS release
COPY --from=gateway-build /go/src/gateway/gateway /gateway
USER nonroot
ENTRYPOINT ["/gateway"]
