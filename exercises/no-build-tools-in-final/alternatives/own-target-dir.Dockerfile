# syntax=docker/dockerfile:1
# The build writes to its own target folder, and the runtime copies from there.

FROM rust:1-trixie AS compile
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target-dir /cargo-out

FROM debian:trixie-slim AS service
# Only what the binary loads at run time: the OpenSSL library and CA certificates.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3t64 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=compile /cargo-out/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
