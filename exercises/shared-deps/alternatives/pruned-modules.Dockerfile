# syntax=docker/dockerfile:1
FROM node:24-trixie-slim AS node-deps
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci

FROM node-deps AS unit-tests
COPY . .
RUN npm run test

FROM node-deps AS compile
COPY . .
RUN npm run build

FROM node-deps AS runtime-modules
RUN npm prune --omit=dev

FROM node:24-trixie-slim AS server
WORKDIR /usr/src/app
COPY --from=runtime-modules /usr/src/app/node_modules ./node_modules
COPY --from=compile /usr/src/app/dist ./dist
COPY package.json ./
USER node
CMD ["node", "dist/main.js"]
