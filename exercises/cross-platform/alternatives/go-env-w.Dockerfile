# syntax=docker/dockerfile:1
# GOOS and GOARCH set with go env -w, which the next go build reads from the Go env file.

# Built for amd64 and arm64: docker buildx build --platform linux/amd64,linux/arm64 .
# The compiler runs natively on the build machine and cross-compiles.
FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS compile
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go env -w CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH && go build -o /out/agent ./cmd/agent

FROM alpine:3.23 AS agent
RUN apk add --no-cache ca-certificates
COPY --from=compile /out/agent /usr/local/bin/agent
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/agent"]
