# syntax=docker/dockerfile:1
# WRONG: libssl3t64 is the Debian 13 name; debian:bookworm-slim has only libssl3, so apt cannot find the package and the build fails.

FROM rust:1-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3t64 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
