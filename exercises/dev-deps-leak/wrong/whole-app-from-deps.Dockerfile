# syntax=docker/dockerfile:1
# WRONG: node_modules is no longer named, but copying all of /app from deps still brings the dev install.
FROM node:24-trixie-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM node:24-trixie-slim AS production
ENV NODE_ENV=production
COPY --from=deps /app /app
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
