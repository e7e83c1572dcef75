# syntax=docker/dockerfile:1
# WRONG: `apt-get autoremove` in a later RUN removes nothing that was asked for by name: gcc stays, in the earlier layer.
FROM rust:1-trixie AS build
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:trixie-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends gcc libssl3 ca-certificates
RUN apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
