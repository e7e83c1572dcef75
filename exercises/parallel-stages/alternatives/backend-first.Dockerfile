# syntax=docker/dockerfile:1
FROM golang:1.27-alpine AS api
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY cmd cmd
COPY internal internal
RUN CGO_ENABLED=0 go build -o portal ./cmd/portal

FROM node:24-alpine AS ui
WORKDIR /ui
COPY web/package*.json ./
RUN npm ci
COPY web .
RUN npm run build

FROM gcr.io/distroless/static-debian13:nonroot AS image
COPY --from=ui /ui/dist /srv/www
COPY --from=api /app/portal /portal
USER nonroot
ENTRYPOINT ["/portal", "--static", "/srv/www"]
