import type { RuleReport } from '../rule';
import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS005',
  name: 'duplicate-stage-name',
  severity: 'warning',
  summary: 'Two stages share a name.',
  explanation:
    'Stage names are matched case-insensitively and a duplicated name refers to the last stage that carries it, so `--from=build` may not copy from the stage you are looking at. BuildKit reports it as DuplicateStageName.',
  bad: `# syntax=docker/dockerfile:1
FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20 AS build
WORKDIR /docs
COPY docs/ .
RUN npm ci && npm run build

FROM nginx:1.27-alpine AS web
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
`,
  good: `# syntax=docker/dockerfile:1
FROM node:20 AS build-app
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20 AS build-docs
WORKDIR /docs
COPY docs/ .
RUN npm ci && npm run build

FROM nginx:1.27-alpine AS web
COPY --from=build-app /app/dist /usr/share/nginx/html
COPY --from=build-docs /docs/dist /usr/share/nginx/html/docs
USER nginx
`,
  howToFix: 'Give each stage its own name and update the references that meant the earlier one.',
  reference: 'from-as',
  equivalents: { hadolint: ['DL3024'], buildkit: ['DuplicateStageName'] },
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        reports.push({
          message: `stage name '${stage.name}' is already used at line ${first}: references to it resolve to this later stage`,
          span: stage.nameSpan ?? headSpan(stage.from),
        });
      } else {
        seen.set(key, stage.from.span.start.line);
      }
    }
    return reports;
  },
});
