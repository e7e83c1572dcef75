# syntax=docker/dockerfile:1
# WRONG: distroless static, but its default tag runs as root and no USER is set.
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/billing ./cmd/billing

FROM gcr.io/distroless/static-debian13:latest AS runtime
COPY --from=build /out/billing /billing
ENTRYPOINT ["/billing"]
