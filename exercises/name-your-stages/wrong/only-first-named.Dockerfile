# syntax=docker/dockerfile:1
# WRONG: the builder got a name and the reference uses it, but the final stage is still
# unnamed.

FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/inventory ./cmd/inventory

FROM alpine:3.19
RUN apk add --no-cache ca-certificates tzdata
COPY --from=build /out/inventory /usr/local/bin/inventory
USER nobody:nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/inventory"]
