# syntax=docker/dockerfile:1
# WRONG: the rust image ships only its host's (glibc) target. Without `rustup target add`,
# `cargo build --target …-musl` stops with "can't find crate for `core`".

FROM rust:1 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN triple="$(uname -m)-unknown-linux-musl" \
 && cargo build --release --locked --target "$triple" \
 && cp "target/$triple/release/ingest" /usr/local/bin/ingest

FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /usr/local/bin/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
