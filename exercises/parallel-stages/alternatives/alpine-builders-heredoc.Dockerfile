# syntax=docker/dockerfile:1
# Right, written differently: Alpine builders, cache mounts, a heredoc RUN, distroless
# static final image, and the UI output copied with --link.
FROM golang:1.22-alpine AS api
WORKDIR /go/src/portal
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ENV CGO_ENABLED=0
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build <<EOT
  set -e
  go build -trimpath -o /bin/portal ./cmd/portal
EOT

FROM node:20-alpine AS ui
WORKDIR /ui
COPY web/package*.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY web/ ./
RUN npm run build

FROM gcr.io/distroless/static-debian12:nonroot AS final
COPY --link --from=api /bin/portal /portal
COPY --link --from=ui /ui/dist /www
EXPOSE 8080
ENTRYPOINT ["/portal", "--static", "/www"]
