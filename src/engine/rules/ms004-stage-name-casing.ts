import type { RuleReport } from '../rule';
import { defineRule, mountValueWithFrom } from './util';

export default defineRule({
  id: 'MS004',
  name: 'stage-name-casing',
  severity: 'warning',
  summary: 'Write stage names and references to them in lower case.',
  explanation:
    'BuildKit lowercases stage names, and `COPY --from` matches them in any case, but `FROM <stage>` matches only the lower-case name: `FROM Builder` after `AS builder` pulls an image called Builder instead. Lower case everywhere avoids the trap, and BuildKit itself warns about it (StageNameCasing).',
  bad: `# syntax=docker/dockerfile:1
FROM rust:1 AS Build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:13-slim AS runtime
COPY --from=Build /src/target/release/app /usr/local/bin/app
USER 65532
ENTRYPOINT ["/usr/local/bin/app"]
`,
  good: `# syntax=docker/dockerfile:1
FROM rust:1 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:13-slim AS runtime
COPY --from=build /src/target/release/app /usr/local/bin/app
USER 65532
ENTRYPOINT ["/usr/local/bin/app"]
`,
  howToFix: 'Lower-case the name after `AS` and every `--from`/`from=` that names it. The automatic fix does it.',
  reference: 'from-as',
  equivalents: { buildkit: ['StageNameCasing'] },
  fixable: true,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (stage.name && stage.nameSpan && stage.name !== stage.name.toLowerCase()) {
        reports.push({
          message: `stage name '${stage.name}' should be lower case: '${stage.name.toLowerCase()}'`,
          span: stage.nameSpan,
          fix: [{ span: stage.nameSpan, text: stage.name.toLowerCase() }],
        });
      }
    }
    for (const ref of model.references) {
      if (ref.via === 'from' || ref.target.kind !== 'stage' || ref.raw === ref.raw.toLowerCase()) continue;
      const lower = ref.raw.toLowerCase();
      const text = ref.via === 'copy' ? lower : mountValueWithFrom(ref, lower);
      reports.push({
        message: `reference '${ref.raw}' to stage '${model.stages[ref.target.stage]!.name}' should be lower case: '${lower}'`,
        span: ref.span,
        ...(text !== null ? { fix: [{ span: ref.span, text }] } : {}),
      });
    }
    return reports;
  },
});
