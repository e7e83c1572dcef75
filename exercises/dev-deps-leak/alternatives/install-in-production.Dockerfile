# syntax=docker/dockerfile:1
FROM node:24-trixie-slim AS modules
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci

FROM modules AS spec
COPY . .
RUN npm test

FROM modules AS bundle
COPY . .
RUN npm run build

FROM node:24-alpine AS prod
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=bundle /home/node/app/dist dist
USER node
CMD ["node", "dist/index.js"]
