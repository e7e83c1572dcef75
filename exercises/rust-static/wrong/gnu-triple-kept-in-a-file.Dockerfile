# syntax=docker/dockerfile:1
# WRONG: the triple kept in the file is a gnu one (glibc): the binary needs a C library that
# scratch does not have, and fails to start with "no such file or directory".

FROM rust:1 AS compile
ARG TARGETARCH
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-gnu ;; \
      arm64) echo aarch64-unknown-linux-gnu ;; \
      *) echo "no Rust target for $TARGETARCH" >&2; exit 1 ;; \
    esac > /etc/rust-triple \
 && rustup target add "$(cat /etc/rust-triple)"
WORKDIR /build
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN triple="$(cat /etc/rust-triple)" \
 && cargo build --release --locked --target "$triple" \
 && install -m 0755 "target/$triple/release/ingest" /usr/local/bin/ingest

FROM scratch AS image
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=compile /usr/local/bin/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
