# syntax=docker/dockerfile:1
# WRONG: the right user, but still Alpine, not our distroless static base.
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/billing ./cmd/billing

FROM alpine:3.23 AS runtime
COPY --from=build /out/billing /billing
USER 65532:65532
ENTRYPOINT ["/billing"]
