# syntax=docker/dockerfile:1
# WRONG: Split, but the binary is built with cgo on (the default) and shipped on scratch: no libc there.
FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/shortener ./cmd/shortener

FROM scratch AS runtime
COPY --from=build /out/shortener /shortener
USER 65534
ENTRYPOINT ["/shortener"]
