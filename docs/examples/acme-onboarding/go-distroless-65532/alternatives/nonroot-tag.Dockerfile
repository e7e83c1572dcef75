# syntax=docker/dockerfile:1
# Also right: the :nonroot tag already runs as UID 65532, and the build stage has another name.
FROM golang:1.27 AS compile
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/billing ./cmd/billing

FROM gcr.io/distroless/static-debian13:nonroot AS service
COPY --from=compile /out/billing /billing
ENTRYPOINT ["/billing"]
