# syntax=docker/dockerfile:1
# WRONG: the build stage moves to WORKDIR /src, but the shared node_modules are in /app.
# Node looks for packages in the working folder and its parents only, so `npm run build`
# cannot find tsc or the bundler and fails.

FROM node:24-trixie-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
WORKDIR /src
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

FROM node:24-trixie-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /src/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
