# syntax=docker/dockerfile:1
# WRONG: ENTRYPOINT ["shortener"] is looked up in PATH only; the binary is at /shortener, so the container cannot start.

FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# No cgo: the binary must start on a base without a C library.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/shortener ./cmd/shortener

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/shortener /shortener
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["shortener"]
