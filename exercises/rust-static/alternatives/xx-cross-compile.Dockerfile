# syntax=docker/dockerfile:1
# Right, written differently: tonistiigi/xx on $BUILDPLATFORM: xx-cargo builds for TARGETPLATFORM.
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1-alpine AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN apk add --no-cache clang lld musl-dev
WORKDIR /src
COPY . .
RUN xx-apk add --no-cache musl-dev gcc
RUN xx-cargo build --release --locked && xx-verify ./target/$(xx-cargo --print-target-triple)/release/ingest \
 && cp ./target/$(xx-cargo --print-target-triple)/release/ingest /ingest

FROM scratch AS runtime
COPY --from=build /ingest /ingest
USER 10001
ENTRYPOINT ["/ingest"]
