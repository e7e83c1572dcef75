# syntax=docker/dockerfile:1
# Right, written differently: the final base is distroless cc, which already ships glibc,
# libgcc, libssl and CA certificates, so nothing is installed there and there is no shell
# or package manager left to remove. Its Debian release matches the build stage's, so the
# binary finds the glibc it was linked against.

FROM rust:1-trixie AS compile
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot AS app
COPY --from=compile /src/target/release/mailer /usr/local/bin/mailer
ENTRYPOINT ["/usr/local/bin/mailer"]
