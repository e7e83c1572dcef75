# syntax=docker/dockerfile:1
# WRONG: the test stage derives from deps, which holds only the manifests: npm test has no sources or tests to run.

FROM node:24-trixie-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
RUN npm test

FROM node:24-trixie-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
