# syntax=docker/dockerfile:1
# Right, written differently: cgo switched off with `go env -w` in its own RUN (Go keeps
# it in its settings file), scratch with the CA bundle, numeric user.
FROM golang:1.22-bookworm AS gobuild
RUN go env -w CGO_ENABLED=0
WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags="-s -w" -o /bin/shortener ./cmd/shortener

FROM scratch AS shortener
COPY --from=gobuild /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=gobuild /bin/shortener /shortener
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/shortener"]
