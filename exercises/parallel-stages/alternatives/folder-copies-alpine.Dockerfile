# syntax=docker/dockerfile:1
# Right, written differently: the UI folder copied whole before npm ci, Alpine images, a user made with adduser.
FROM node:24-alpine AS ui
WORKDIR /ui
COPY web/ ./
RUN npm ci && npm run build

FROM golang:1.27-alpine AS api
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /portal ./cmd/portal

FROM alpine:3.23 AS final
RUN adduser -D -u 10001 portal
COPY --from=api /portal /usr/local/bin/portal
COPY --from=ui /ui/dist /srv/www
USER portal
ENTRYPOINT ["portal", "--static", "/srv/www"]
