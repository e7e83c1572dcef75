# syntax=docker/dockerfile:1
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/billing ./cmd/billing

FROM alpine:3.23 AS runtime
RUN adduser -D -u 10001 billing
COPY --from=build /out/billing /usr/local/bin/billing
USER billing
ENTRYPOINT ["/usr/local/bin/billing"]
