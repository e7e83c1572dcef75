import type { RuleReport } from '../rule';
import { buildsThrough } from '../facts/builds';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS009',
  name: 'build-in-final-stage',
  severity: 'warning',
  summary: 'A multi-stage file compiles in its shipped stage.',
  explanation:
    'The point of a builder stage is that the shipped image only receives the result. A build command in the final stage (or a stage it is written FROM) means the source, the toolchain and the build cache end up in production after all.',
  bad: `# syntax=docker/dockerfile:1
FROM node:20 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build
USER node
CMD ["node", "dist/server.js"]
`,
  good: `# syntax=docker/dockerfile:1
FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
`,
  howToFix: 'Run the build in a build stage and `COPY --from=<build stage>` only its output into the final stage.',
  reference: 'pattern-builder',
  equivalents: {},
  fixable: false,
  check({ model, final }) {
    if (!final || model.stages.length < 2) return [];
    const reports: RuleReport[] = [];
    const seen = new Set<object>();
    for (const { command, stage } of buildsThrough(model, final)) {
      if (seen.has(command.instruction)) continue;
      seen.add(command.instruction);
      const via = stage === final ? '' : ` (in ${stageName(stage)}, which the final stage builds on)`;
      reports.push({
        message: `'${command.argv.slice(0, 3).join(' ')}' builds in the shipped stage${via}: build in a separate stage and copy the result`,
        span: headSpan(command.instruction),
      });
    }
    return reports;
  },
});
