# syntax=docker/dockerfile:1
# WRONG: the stage runs on the build machine ($BUILDPLATFORM) and the triple is mapped from
# BUILDARCH, the build machine's architecture: an arm64 image built on amd64 gets an x86_64 binary.

FROM --platform=$BUILDPLATFORM rust:1-alpine AS compiler
ARG BUILDARCH
RUN apk add --no-cache musl-dev
WORKDIR /usr/src/ingest
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
ENV CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld \
    CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld
RUN case "$BUILDARCH" in \
      amd64) triple=x86_64-unknown-linux-musl ;; \
      arm64) triple=aarch64-unknown-linux-musl ;; \
      *) echo "unsupported architecture: $BUILDARCH" >&2; exit 1 ;; \
    esac \
 && rustup target add "$triple" \
 && cargo build --release --locked --target "$triple" \
 && install -D "target/$triple/release/ingest" /out/ingest

FROM gcr.io/distroless/static-debian13:nonroot AS image
COPY --from=compiler /out/ingest /usr/local/bin/ingest
ENTRYPOINT ["/usr/local/bin/ingest"]
