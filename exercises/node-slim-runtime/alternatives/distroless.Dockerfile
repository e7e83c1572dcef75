# syntax=docker/dockerfile:1
FROM node:24-trixie AS compile
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-trixie AS prod-modules
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev

# distroless runs `node` as its entrypoint: CMD is the script.
FROM gcr.io/distroless/nodejs24-debian13:nonroot AS release
WORKDIR /usr/src/app
COPY --from=prod-modules /usr/src/app/node_modules ./node_modules
COPY --from=compile /usr/src/app/dist ./dist
USER nonroot
CMD ["dist/index.js"]
