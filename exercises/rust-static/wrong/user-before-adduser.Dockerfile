# syntax=docker/dockerfile:1
# WRONG: on Alpine the `ingest` user is set with USER above the RUN that adds it, so that
# RUN fails: there is no such user yet.

FROM rust:1.77-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM alpine:3.19 AS runtime
USER ingest
RUN adduser -D -u 10001 ingest
COPY --from=build /src/target/release/ingest /usr/local/bin/ingest
ENTRYPOINT ["/usr/local/bin/ingest"]
