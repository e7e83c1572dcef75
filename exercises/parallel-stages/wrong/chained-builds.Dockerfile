# syntax=docker/dockerfile:1
# WRONG: Two stages, but the Go stage starts FROM the UI stage: they still run one after the other.
FROM node:24-trixie-slim AS web-build
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ .
RUN npm run build

FROM web-build AS server-build
RUN apt-get update && apt-get install -y --no-install-recommends golang-go && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/portal ./cmd/portal

FROM alpine:3.23 AS production
COPY --from=server-build /out/portal /usr/local/bin/portal
COPY --from=web-build /src/web/dist /srv/www
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
