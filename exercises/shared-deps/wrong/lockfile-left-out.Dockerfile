# syntax=docker/dockerfile:1
# WRONG: only package.json is copied before `npm ci`; npm ci refuses to run without
# package-lock.json, so the shared stage (and everything after it) fails to build.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

FROM node:20-bookworm-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
