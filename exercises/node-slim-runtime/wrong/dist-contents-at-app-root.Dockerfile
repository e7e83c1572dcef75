# syntax=docker/dockerfile:1
# WRONG: `COPY --from=build /app/dist ./` puts what is inside dist/ straight into /app, so
# /app/dist/index.js, which the command starts, does not exist: node exits with
# "Cannot find module".

FROM node:24 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./
USER node
EXPOSE 8080
CMD ["node", "dist/index.js"]
