# syntax=docker/dockerfile:1
# WRONG: the build tools are gone, and so are libssl3t64 and the CA certificates (tzdata brings
# neither): the binary fails to load libssl.so.3 at start-up.

FROM rust:1-trixie AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM debian:trixie-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
