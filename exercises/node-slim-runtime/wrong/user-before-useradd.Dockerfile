# syntax=docker/dockerfile:1
# WRONG: switches to a new `web` user before the RUN that creates it; that RUN then runs
# as a user that does not exist yet, and the build fails.

FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER web
RUN useradd --system --uid 10001 web
EXPOSE 8080
CMD ["node", "dist/index.js"]
