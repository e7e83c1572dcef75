# syntax=docker/dockerfile:1
# WRONG: builds for the musl target, but copies target/release/ingest: with --target, cargo
# writes to target/x86_64-unknown-linux-musl/release/, so that path does not exist.

FROM rust:1.77 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target x86_64-unknown-linux-musl

FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /src/target/release/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
