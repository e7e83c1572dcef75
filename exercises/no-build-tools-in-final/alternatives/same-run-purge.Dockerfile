# syntax=docker/dockerfile:1
# Right, written differently: the final stage installs and purges a build helper in the same
# RUN, with --auto-remove so what it pulled in (pkgconf) goes too: none of it reaches a layer.
# The library by its Debian 13 name (libssl3t64), a numeric user.
FROM rust:1-slim-trixie AS compile
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/mailer
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM debian:trixie-slim AS mail
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3t64 ca-certificates pkg-config \
 && pkg-config --version \
 && apt-get purge -y --auto-remove pkg-config \
 && rm -rf /var/lib/apt/lists/*
COPY --from=compile /usr/src/mailer/target/release/mailer /usr/bin/mailer
USER 65534:65534
CMD ["mailer"]
