# syntax=docker/dockerfile:1

FROM rust:1.77 AS build
# The musl target links everything in: the binary needs no C library.
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# This stage runs on the target platform, so `uname -m` names the target's
# architecture (x86_64 or aarch64): one Dockerfile for amd64 and arm64.
RUN triple="$(uname -m)-unknown-linux-musl" \
 && rustup target add "$triple" \
 && cargo build --release --locked --target "$triple" \
 && cp "target/$triple/release/ingest" /usr/local/bin/ingest

FROM scratch AS runtime
# scratch has no CA bundle: bring the builder's, for outgoing TLS.
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /usr/local/bin/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
