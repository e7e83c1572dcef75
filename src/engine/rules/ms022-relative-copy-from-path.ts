import type { RuleReport } from '../rule';
import { isAbsolutePath } from '../vars';
import { effectiveWorkdir } from '../facts/paths';
import { copiesInStage, sourceSpan, WHOLE_STAGE_SOURCES as WHOLE } from '../facts/copies';
import { defineRule } from './util';
import { stageName } from './util';


export default defineRule({
  id: 'MS022',
  name: 'relative-copy-from-path',
  severity: 'warning',
  summary: 'A relative COPY --from path starts at the stage root, not at its WORKDIR.',
  explanation:
    'Source paths of `COPY --from=<stage>` are read from the root of that stage, whatever `WORKDIR` it set: after `WORKDIR /app`, `COPY --from=build dist ./dist` looks for `/dist`, not `/app/dist`, and the build fails with "not found" (or, worse, copies another `/dist`). Writing the absolute path says what you mean. (A relative path that, read from the root, already lands inside that WORKDIR — `build/target/app.jar` after `WORKDIR /build` — is left alone: it was written that way on purpose.)',
  bad: `# syntax=docker/dockerfile:1
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine AS web
COPY --from=build dist /usr/share/nginx/html
USER nginx
`,
  good: `# syntax=docker/dockerfile:1
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine AS web
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
`,
  howToFix: "Write the source as an absolute path: the source stage's WORKDIR followed by the relative path (`/app/dist`).",
  reference: 'copy-from',
  equivalents: {},
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { copy, source } of copiesInStage(model, stage)) {
        if (!source || copy.inline) continue;
        const workdir = effectiveWorkdir(model, source);
        if (workdir === '/' || workdir === '') continue;
        for (const path of copy.sources) {
          if (isAbsolutePath(path) || path.startsWith('$') || WHOLE.has(path)) continue;
          const fromRoot = `/${path.replace(/^(\.\/)+/, '')}`;
          const dir = workdir.replace(/\/+$/, '');
          // `build/target/x` after WORKDIR /build already lands inside the WORKDIR: written on purpose.
          if (fromRoot === dir || fromRoot.startsWith(`${dir}/`)) continue;
          const meant = `${dir}/${path.replace(/^(\.\/)+/, '')}`;
          reports.push({
            message: `'${path}' is read from the root of ${stageName(source)} (as '/${path.replace(/^(\.\/)+/, '')}'), not from its WORKDIR ${workdir}: write '${meant}' if that is what you meant`,
            span: sourceSpan(copy, path),
          });
        }
      }
    }
    return reports;
  },
});
