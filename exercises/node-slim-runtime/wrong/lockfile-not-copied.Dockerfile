# syntax=docker/dockerfile:1
# WRONG: the runtime stage copies only package.json before `npm ci --omit=dev`; npm ci
# needs package-lock.json and stops, so the image never builds.

FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 8080
CMD ["node", "dist/index.js"]
