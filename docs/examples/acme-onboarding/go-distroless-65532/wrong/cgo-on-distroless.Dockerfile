# syntax=docker/dockerfile:1
# WRONG: distroless static as 65532, but cgo is on: the binary may need a libc the base lacks.
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/billing ./cmd/billing

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/billing /billing
USER 65532:65532
ENTRYPOINT ["/billing"]
