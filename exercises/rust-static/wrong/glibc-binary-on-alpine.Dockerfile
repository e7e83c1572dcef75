# syntax=docker/dockerfile:1
# WRONG: a glibc (Debian rust image) binary copied onto Alpine, which has musl: it does not start.
FROM rust:1 AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM alpine:3.23 AS runtime
COPY --from=build /src/target/release/ingest /usr/local/bin/ingest
USER 10001
ENTRYPOINT ["/usr/local/bin/ingest"]
