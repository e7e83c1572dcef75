# syntax=docker/dockerfile:1
# Right, written differently: Alpine images pinned to an Alpine release, the build prunes its own
# node_modules after building, and the runtime copies the pruned folder and dist/.
FROM node:24-alpine3.23 AS compile
WORKDIR /home/node/app
COPY --chown=node:node package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY --chown=node:node . .
RUN npm run build && npm prune --omit=dev

FROM node:24-alpine3.23 AS serve
ENV NODE_ENV=production
WORKDIR /home/node/app
COPY --link --from=compile /home/node/app/node_modules node_modules/
COPY --link --from=compile /home/node/app/dist dist/
USER 1000
EXPOSE 8080
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
