# syntax=docker/dockerfile:1
# WRONG: the builder runs on $BUILDPLATFORM (fast, native) but nothing tells cargo which
# architecture the target is: an arm64 image gets the build machine's amd64 binary.

FROM --platform=$BUILDPLATFORM rust:1.77-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM scratch AS runtime
COPY --from=build /src/target/release/ingest /ingest
USER 10001:10001
ENTRYPOINT ["/ingest"]
