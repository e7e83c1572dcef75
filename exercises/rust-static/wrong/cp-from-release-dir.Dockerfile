# syntax=docker/dockerfile:1
# WRONG: the triple follows the architecture, but the `cp` still reads target/release/,
# where a --target build writes nothing: the cp fails.

FROM rust:1.77 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN triple="$(uname -m)-unknown-linux-musl" \
 && rustup target add "$triple" \
 && cargo build --release --locked --target "$triple" \
 && cp target/release/ingest /usr/local/bin/ingest

FROM scratch AS runtime
COPY --from=build /usr/local/bin/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
