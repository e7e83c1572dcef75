# syntax=docker/dockerfile:1
# WRONG: go build writes into the bind-mounted context, which is read-only and never part of the stage.
FROM golang:1.27-alpine AS build
WORKDIR /src
RUN --mount=type=bind,target=. \
    --mount=type=cache,target=/go/pkg/mod \
    CGO_ENABLED=0 go build -trimpath -o inventory ./cmd/inventory

FROM alpine:3.23 AS runtime
RUN apk add --no-cache ca-certificates tzdata
COPY --from=build /src/inventory /usr/local/bin/inventory
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/inventory"]
