# syntax=docker/dockerfile:1
# Right, written differently: the debug stage derives from the build stage (a shell with
# the Go toolchain), the lean image is distroless and last.
FROM golang:1.22-alpine AS gateway-build
WORKDIR /go/src/gateway
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/gateway ./cmd/gateway

# docker build --target troubleshoot .
FROM gateway-build AS troubleshoot
RUN apk add --no-cache curl strace
ENTRYPOINT ["/usr/local/bin/gateway"]

FROM gcr.io/distroless/static-debian12:nonroot AS lean
COPY --from=gateway-build /usr/local/bin/gateway /gateway
ENTRYPOINT ["/gateway"]
