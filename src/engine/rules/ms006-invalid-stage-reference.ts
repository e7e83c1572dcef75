import type { RuleReport } from '../rule';
import { defineRule } from './util';

export default defineRule({
  id: 'MS006',
  name: 'invalid-stage-reference',
  severity: 'error',
  summary: 'A stage refers to itself or to a stage defined later.',
  explanation:
    'A stage can only build on, copy from or mount stages that come before it in the file. A reference to itself (also through a name used twice, which resolves to the last stage of that name) or to a later stage is a cycle or a forward reference, and BuildKit stops with "circular dependency" or picks a stage you did not mean.',
  bad: `# syntax=docker/dockerfile:1
FROM golang:1.26 AS build
WORKDIR /src
COPY --from=assets /assets ./assets
COPY . .
RUN CGO_ENABLED=0 go build -o /out/site .

FROM node:24 AS assets
WORKDIR /web
COPY web/ .
RUN npm ci && npm run build && mkdir -p /assets && cp -r dist/. /assets/

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/site /site
ENTRYPOINT ["/site"]
`,
  good: `# syntax=docker/dockerfile:1
FROM node:24 AS assets
WORKDIR /web
COPY web/ .
RUN npm ci && npm run build && mkdir -p /assets && cp -r dist/. /assets/

FROM golang:1.26 AS build
WORKDIR /src
COPY --from=assets /assets ./assets
COPY . .
RUN CGO_ENABLED=0 go build -o /out/site .

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/site /site
ENTRYPOINT ["/site"]
`,
  howToFix: 'Move the stage that is referred to above the stage that uses it, or point the reference at the stage you meant.',
  reference: 'copy-from',
  equivalents: { hadolint: ['DL3023'] },
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.target.kind !== 'stage' || ref.target.stage < ref.stage) continue;
      const target = model.stages[ref.target.stage]!;
      const message =
        ref.target.stage === ref.stage
          ? `'${ref.raw}' refers to the stage it is in${model.stages.filter((s) => s.name?.toLowerCase() === ref.raw.toLowerCase()).length > 1 ? ' (a duplicated name resolves to the last stage of that name)' : ''}: a stage cannot use itself`
          : `'${ref.raw}' refers to stage '${target.name}' at line ${target.from.span.start.line}, defined later: a stage can only use stages above it`;
      reports.push({ message, span: ref.span });
    }
    return reports;
  },
});
