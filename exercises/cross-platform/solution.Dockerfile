# syntax=docker/dockerfile:1

# Built for amd64 and arm64: docker buildx build --platform linux/amd64,linux/arm64 .
# The compiler runs natively on the build machine and cross-compiles.
FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/agent ./cmd/agent

FROM alpine:3.23 AS runtime
RUN apk add --no-cache ca-certificates
COPY --from=build /out/agent /usr/local/bin/agent
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/agent"]
