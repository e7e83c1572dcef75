# syntax=docker/dockerfile:1
# TARGETARCH mapped to Rust's architecture names in the same RUN, then used in the triple.
FROM rust:1 AS compile
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
ARG TARGETARCH
RUN case "$TARGETARCH" in amd64) TARGETARCH=x86_64 ;; arm64) TARGETARCH=aarch64 ;; esac \
 && rustup target add "$TARGETARCH-unknown-linux-musl" \
 && cargo build --release --locked --target "$TARGETARCH-unknown-linux-musl" \
 && cp "target/$TARGETARCH-unknown-linux-musl/release/ingest" /usr/local/bin/ingest

FROM scratch AS app
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=compile /usr/local/bin/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
