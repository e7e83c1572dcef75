# syntax=docker/dockerfile:1

FROM rust:1 AS app
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked
RUN useradd --uid 10001 ingest
USER ingest
ENTRYPOINT ["/src/target/release/ingest"]
