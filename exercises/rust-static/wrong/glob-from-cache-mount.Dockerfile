# syntax=docker/dockerfile:1
# WRONG: target/ is a cache mount while cargo builds, so the binary stays in the cache and the COPY finds nothing.
FROM rust:1 AS build
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools && rm -rf /var/lib/apt/lists/*
RUN rustup target add "$(uname -m)-unknown-linux-musl"
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/src/target \
    cargo build --release --locked --target "$(uname -m)-unknown-linux-musl"

FROM scratch AS runtime
COPY --from=build /src/target/*-unknown-linux-musl/release/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
