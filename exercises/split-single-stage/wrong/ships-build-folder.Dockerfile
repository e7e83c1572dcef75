# syntax=docker/dockerfile:1
# WRONG: two stages, but the runtime copies the builder's whole /src, sources and all,
# and runs a binary that was built into /src.

FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o shortener ./cmd/shortener

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /src /app
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/app/shortener"]
