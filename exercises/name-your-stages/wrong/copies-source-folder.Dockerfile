# syntax=docker/dockerfile:1
# WRONG: stages named and referenced by name, but the runtime copies the build stage's
# whole /src (Go sources, go.mod) and runs a binary from there that was never built there.

FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/inventory ./cmd/inventory

FROM alpine:3.19 AS runtime
RUN apk add --no-cache ca-certificates tzdata
COPY --from=build /src /src
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/src/inventory"]
