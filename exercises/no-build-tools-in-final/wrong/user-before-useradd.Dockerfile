# syntax=docker/dockerfile:1
# WRONG: a named `mailer` user, switched to before the RUN that creates it.

FROM rust:1.77-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:bookworm-slim AS runtime
USER mailer
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 mailer
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
ENTRYPOINT ["/usr/local/bin/mailer"]
