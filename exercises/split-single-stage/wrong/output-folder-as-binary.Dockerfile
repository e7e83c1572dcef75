# syntax=docker/dockerfile:1
# WRONG: the build writes /out/shortener, and the copy takes the folder /out. COPY copies a
# folder's contents, so /shortener becomes a folder holding the binary, and the entrypoint
# tries to run a folder: the container exits at once.

FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/shortener ./cmd/shortener

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out /shortener
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/shortener"]
