# syntax=docker/dockerfile:1
# Only ca-certificates in the runtime stage: apt installs it with what it Depends on, openssl,
# which Depends on libssl3t64, so libssl.so.3 is there for the binary all the same.

FROM rust:1-trixie AS compile
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:trixie-slim AS service
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=compile /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
