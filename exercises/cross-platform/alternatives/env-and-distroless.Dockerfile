# syntax=docker/dockerfile:1
FROM --platform=${BUILDPLATFORM} golang:1.27 AS compile
ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH}
WORKDIR /work
COPY . .
RUN go build -trimpath -o /work/bin/agent ./cmd/agent

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=compile /work/bin/agent /agent
USER nonroot
ENTRYPOINT ["/agent"]
