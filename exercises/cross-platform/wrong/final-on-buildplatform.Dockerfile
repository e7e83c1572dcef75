# syntax=docker/dockerfile:1
# WRONG: `--platform=$BUILDPLATFORM` pasted onto the final stage as well: every image in
# the manifest list is then the build machine's Alpine, whatever the target.

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/agent ./cmd/agent

FROM --platform=$BUILDPLATFORM alpine:3.19 AS runtime
RUN apk add --no-cache ca-certificates
COPY --from=build /out/agent /usr/local/bin/agent
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/agent"]
