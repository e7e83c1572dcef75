# syntax=docker/dockerfile:1
# WRONG: TARGETARCH is amd64 or arm64; Rust names those x86_64 and aarch64, so amd64-unknown-linux-musl is no target.
FROM rust:1 AS build
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
ARG TARGETARCH
RUN rustup target add "${TARGETARCH}-unknown-linux-musl" \
 && cargo build --release --locked --target "${TARGETARCH}-unknown-linux-musl" \
 && cp "target/${TARGETARCH}-unknown-linux-musl/release/ingest" /ingest

FROM scratch AS runtime
COPY --from=build /ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
