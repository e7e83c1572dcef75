# syntax=docker/dockerfile:1
# WRONG: gcc, pkg-config and libssl-dev are installed in one RUN and purged in the next:
# the first RUN's layer still holds them, so the image is no smaller.

FROM rust:1.77-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc pkg-config libssl-dev libssl3 ca-certificates
RUN apt-get purge -y gcc pkg-config libssl-dev \
 && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
