# syntax=docker/dockerfile:1
# WRONG: the build runs on $BUILDPLATFORM and declares the ARGs, but GOARCH is written
# out as amd64: the arm64 image gets an amd64 binary.

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=amd64 go build -o /out/agent ./cmd/agent

FROM alpine:3.19 AS runtime
RUN apk add --no-cache ca-certificates
COPY --from=build /out/agent /usr/local/bin/agent
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/agent"]
