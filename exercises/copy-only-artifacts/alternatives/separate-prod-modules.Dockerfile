# syntax=docker/dockerfile:1
# Right, written differently: production modules installed in a stage of their own, the
# compiled output copied by name, heredoc-free, numeric user on Alpine.
FROM node:20-bookworm AS compiler
WORKDIR /build
COPY package*.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ src/
RUN npx tsc -p tsconfig.json --outDir dist

FROM node:20-alpine AS prod-modules
WORKDIR /build
COPY package*.json ./
RUN npm ci --omit=dev

FROM node:20-alpine AS server
ENV NODE_ENV=production
WORKDIR /opt/server
COPY --from=prod-modules /build/node_modules ./node_modules
COPY --from=compiler /build/dist ./dist
COPY package.json ./
USER 1000:1000
EXPOSE 3000
ENTRYPOINT ["node", "/opt/server/dist/server.js"]
