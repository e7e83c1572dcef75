# syntax=docker/dockerfile:1

FROM rust:1 AS build
# The musl target links everything in: the binary needs no C library.
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target x86_64-unknown-linux-musl

FROM scratch AS runtime
# scratch has no CA bundle: bring the builder's, for outgoing TLS.
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /src/target/x86_64-unknown-linux-musl/release/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
