# syntax=docker/dockerfile:1
# Right, written differently: --target is the toolchain's own host triple, read from rustc -vV; on rust:*-alpine that is musl.

FROM rust:1-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target "$(rustc -vV | sed -n 's/^host: //p')" \
 && cp target/*/release/ingest /ingest

FROM scratch AS app
COPY --from=build /ingest /ingest
USER 10001
ENTRYPOINT ["/ingest"]
