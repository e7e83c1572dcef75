# syntax=docker/dockerfile:1
# WRONG: cargo build on rust:1 links glibc; Alpine has musl, so the binary cannot start.

FROM rust:1-trixie AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM alpine:3.23 AS runtime
RUN apk add --no-cache libssl3 ca-certificates
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
