import type { RuleReport } from '../rule';
import { copiesInStage, sourceSpan, stageHoldings, stageMayHold, stagesWriting, WHOLE_STAGE_SOURCES } from '../facts/copies';
import { fromRoot } from '../facts/paths';
import { defineRule, stageName } from './util';

export default defineRule({
  id: 'MS025',
  name: 'copy-from-missing-path',
  severity: 'error',
  summary: 'COPY --from asks a stage for a path it cannot hold: the build fails.',
  explanation:
    'A `FROM scratch` stage holds exactly what was copied or added into it, and an output folder (`go build -o /out/server`, `dotnet publish -o /app`) holds what the builds wrote there. `COPY --from=<stage>` of any other path fails with "not found". It happens when a stage index is renamed (`--from=0` named the build stage once, until a stage was added above it) or a build writes another name than the copy expects.',
  bad: `# syntax=docker/dockerfile:1
FROM scratch AS agent
ADD https://example.com/agent.jar /agent/agent.jar

FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=agent /out/server /server
ENTRYPOINT ["/server"]
`,
  good: `# syntax=docker/dockerfile:1
FROM scratch AS agent
ADD https://example.com/agent.jar /agent/agent.jar

FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`,
  howToFix: 'Copy from the stage that writes the path (the message names it when one does), or copy a path the stage holds.',
  reference: 'copy-from',
  equivalents: {},
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (stage.copies.length === 0) continue;
      for (const { copy, source } of copiesInStage(model, stage)) {
        if (!source || copy.inline) continue;
        for (const raw of copy.sources) {
          if (WHOLE_STAGE_SOURCES.has(raw.trim()) || raw.includes('$')) continue;
          const path = fromRoot(raw);
          if (stageMayHold(model, source, path)) continue;
          const holdings = stageHoldings(model, source);
          const held = holdings.complete ? holdings.paths : holdings.outputs.filter((o) => path.startsWith(`${o.dir}/`)).flatMap((o) => o.artifacts);
          const writers = stagesWriting(model, path, source);
          const heldText = held.length > 0 ? `it holds only ${held.join(', ')}` : 'nothing was copied into it';
          const hint = writers.length === 1 ? `; ${stageName(writers[0]!)} writes ${path}` : '';
          reports.push({
            message: `'${raw}' is not in stage ${stageName(source)}, so the build fails: ${heldText}${hint}`,
            span: sourceSpan(copy, raw),
          });
        }
      }
    }
    return reports;
  },
});
