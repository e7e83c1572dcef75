# syntax=docker/dockerfile:1
FROM golang:1.27-trixie AS compile
ENV CGO_ENABLED=0
WORKDIR /go/src/shortener
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o shortener ./cmd/shortener

FROM scratch AS image
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=compile /go/src/shortener/shortener /usr/bin/shortener
USER 65534:65534
ENTRYPOINT ["shortener"]
