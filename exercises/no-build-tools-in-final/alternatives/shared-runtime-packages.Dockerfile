# syntax=docker/dockerfile:1
FROM debian:trixie-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3t64 && rm -rf /var/lib/apt/lists/*

FROM rust:1-trixie AS compile
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/mailer
COPY . .
RUN cargo build --release --locked

FROM base AS app
COPY --from=compile /usr/src/mailer/target/release/mailer /usr/local/bin/mailer
USER 10001:10001
CMD ["mailer"]
