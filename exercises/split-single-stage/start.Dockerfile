# syntax=docker/dockerfile:1

FROM golang:1.27 AS app
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /usr/local/bin/shortener ./cmd/shortener
USER nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/shortener"]
