# syntax=docker/dockerfile:1
# rust on Alpine targets musl already, so the release binary runs on Alpine.
FROM rust:1-alpine3.23 AS builder
RUN apk add --no-cache musl-dev
WORKDIR /usr/src/ingest
COPY . .
RUN cargo build --release --locked

FROM alpine:3.23 AS prod
RUN apk add --no-cache ca-certificates && adduser -D -u 10001 ingest
COPY --from=builder /usr/src/ingest/target/release/ingest /usr/local/bin/ingest
USER ingest
CMD ["ingest"]
