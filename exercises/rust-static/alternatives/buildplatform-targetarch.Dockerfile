# syntax=docker/dockerfile:1
# Right, written differently: the compiler runs natively on $BUILDPLATFORM and maps
# TARGETARCH to the musl triple; rust-lld links the foreign target; distroless static.
FROM --platform=$BUILDPLATFORM rust:1.77-alpine AS compiler
ARG TARGETARCH
RUN apk add --no-cache musl-dev
WORKDIR /usr/src/ingest
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
ENV CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld \
    CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld
RUN case "$TARGETARCH" in \
      amd64) triple=x86_64-unknown-linux-musl ;; \
      arm64) triple=aarch64-unknown-linux-musl ;; \
      *) echo "unsupported architecture: $TARGETARCH" >&2; exit 1 ;; \
    esac \
 && rustup target add "$triple" \
 && cargo build --release --locked --target "$triple" \
 && install -D "target/$triple/release/ingest" /out/ingest

FROM gcr.io/distroless/static-debian12:nonroot AS image
COPY --from=compiler /out/ingest /usr/local/bin/ingest
ENTRYPOINT ["/usr/local/bin/ingest"]
