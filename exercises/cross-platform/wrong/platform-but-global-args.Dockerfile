# syntax=docker/dockerfile:1
# WRONG: Native compiler, but the target ARGs are still only declared before FROM: empty in the stage.
ARG TARGETOS TARGETARCH
FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/agent ./cmd/agent

FROM alpine:3.23 AS runtime
COPY --from=build /out/agent /usr/local/bin/agent
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/agent"]
