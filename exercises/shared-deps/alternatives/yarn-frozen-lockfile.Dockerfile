# syntax=docker/dockerfile:1
# Right, written differently: yarn with a frozen lockfile instead of npm.
FROM node:24-trixie-slim AS base
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile

FROM base AS build
COPY . .
RUN yarn build

FROM base AS test
COPY . .
RUN yarn test

FROM node:24-trixie-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/main.js"]
