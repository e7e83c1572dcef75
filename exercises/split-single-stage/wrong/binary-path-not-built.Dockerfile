# syntax=docker/dockerfile:1
# WRONG: the build writes the binary to /out/shortener (its -o path), but the copy takes
# /src/shortener, where nothing was written: the build stops at the COPY with "not found".

FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/shortener ./cmd/shortener

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /src/shortener /shortener
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/shortener"]
