# syntax=docker/dockerfile:1
# Right, written differently: a heredoc RUN on the target platform, the triple from
# `uname -m`, a cache mount for the target folder (so the binary is copied out of it).
FROM rust:1.77-slim-bookworm AS rust-build
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/app/target <<EOT
  set -eu
  TRIPLE="$(uname -m)-unknown-linux-musl"
  rustup target add "$TRIPLE"
  cargo build --release --locked --target "$TRIPLE"
  cp "target/$TRIPLE/release/ingest" /ingest
EOT

FROM scratch AS run
COPY --from=rust-build /ingest /ingest
USER 65534:65534
ENTRYPOINT ["/ingest"]
