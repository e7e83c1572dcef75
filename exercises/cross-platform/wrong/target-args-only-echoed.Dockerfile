# syntax=docker/dockerfile:1
# WRONG: the target ARGs are declared and printed, but never given to Go as GOOS and GOARCH:
# on an amd64 builder every platform's image gets an amd64 binary, and the arm64 one fails
# with "exec format error".

FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN echo "building for $TARGETOS/$TARGETARCH" && CGO_ENABLED=0 go build -o /out/agent ./cmd/agent

FROM alpine:3.23 AS runtime
RUN apk add --no-cache ca-certificates
COPY --from=build /out/agent /usr/local/bin/agent
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/agent"]
