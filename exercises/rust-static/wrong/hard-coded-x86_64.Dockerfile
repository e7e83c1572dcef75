# syntax=docker/dockerfile:1
# WRONG: a correct static build for x86_64 only: on an arm64 builder (a Mac, Graviton CI)
# `rustup target add x86_64-…` cross-builds without a linker, or ships an amd64 binary.

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
COPY --from=build /src/target/x86_64-unknown-linux-musl/release/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
