# syntax=docker/dockerfile:1
# WRONG: nothing is apt-installed in the final stage any more, but the whole Rust toolchain
# is copied over from the build stage "for cargo install later": the compiler ships anyway.

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
 && apt-get install -y --no-install-recommends libssl3t64 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mailer /usr/local/bin/mailer
COPY --from=build /usr/local/cargo /usr/local/cargo
COPY --from=build /usr/local/rustup /usr/local/rustup
USER 10001
ENTRYPOINT ["/usr/local/bin/mailer"]
