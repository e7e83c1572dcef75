# syntax=docker/dockerfile:1
# WRONG: with --target-dir /cargo-out cargo writes the binary to /cargo-out/release/mailer; the
# runtime still copies target/release/mailer, which is not there: the COPY fails with "not found".

FROM rust:1-trixie AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target-dir /cargo-out

FROM debian:trixie-slim AS runtime
# Only what the binary loads at run time: the OpenSSL library and CA certificates.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3t64 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
