import type { RuleReport } from '../rule';
import { typoOf } from './ms007-unknown-stage-reference';
import { defineRule } from './util';

export default defineRule({
  id: 'MS014',
  name: 'unpinned-image',
  severity: 'warning',
  summary: 'Pin external images to a version tag or digest, never none or latest.',
  explanation:
    'An image without a tag means `:latest`, which moves whenever its publisher pushes. The same Dockerfile then builds a different image next week: a new major version of the runtime, a different libc, a changed default user, and the cache is invalidated without warning. A version tag (`node:24-slim`) makes builds repeatable; a digest (`@sha256:…`) makes them exact.',
  bad: `# syntax=docker/dockerfile:1
FROM node AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:latest AS web
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
`,
  good: `# syntax=docker/dockerfile:1
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.30-alpine AS web
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
`,
  howToFix:
    'Add a version tag that says what you rely on (`golang:1.26`, `node:24-slim`, `alpine:3.23`), or a digest for fully reproducible builds (`alpine:3.23@sha256:…`). If the image comes from an `ARG`, give the `ARG` a pinned default.',
  reference: 'pinning',
  equivalents: { hadolint: ['DL3006', 'DL3007'] },
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.via === 'mount' || ref.target.kind !== 'image') continue;
      const image = ref.target.image;
      // An unresolved variable comes from --build-arg: nothing to judge. A typo of a stage is MS007's.
      if (image.unresolved || image.digest || typoOf(model, ref) !== null) continue;
      if (image.tag !== null && image.tag !== 'latest') continue;
      const shown = image.resolved !== image.raw ? `'${image.raw}' (resolves to '${image.resolved}')` : `'${image.raw}'`;
      const problem = image.tag === 'latest' ? 'uses the moving tag latest' : 'has no tag, so it means latest';
      reports.push({
        message: `${ref.via === 'from' ? 'FROM' : 'COPY --from'} image ${shown} ${problem}: pin a version tag or a digest so builds are repeatable`,
        span: ref.span,
      });
    }
    return reports;
  },
});
