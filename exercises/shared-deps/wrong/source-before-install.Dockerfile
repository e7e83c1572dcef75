# syntax=docker/dockerfile:1
# WRONG: Shared, but the deps stage copies everything before npm ci: any change reinstalls.
FROM node:24-trixie-slim AS deps
WORKDIR /app
COPY . .
RUN npm ci

FROM deps AS build
RUN npm run build

FROM deps AS test
RUN npm test

FROM node:24-trixie-slim AS production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/main.js"]
