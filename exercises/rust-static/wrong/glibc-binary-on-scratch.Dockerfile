# syntax=docker/dockerfile:1
# WRONG: Two stages, but the binary is linked against glibc: it does not start on scratch.
FROM rust:1 AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM scratch AS runtime
COPY --from=build /src/target/release/ingest /ingest
USER 10001
ENTRYPOINT ["/ingest"]
