import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS002',
  name: 'unnamed-stage',
  severity: 'warning',
  summary: 'Every stage should have a name: FROM <image> AS <name>.',
  explanation:
    'A stage without `AS <name>` can only be referred to by its position (`--from=0`), which silently points at another stage as soon as one is added above it. A name also tells a reader what the stage is for, and it is what `docker build --target` takes.',
  bad: `# syntax=docker/dockerfile:1
FROM golang:1.22
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=0 /out/api /api
ENTRYPOINT ["/api"]
`,
  good: `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`,
  howToFix: 'Add `AS <name>` to the `FROM` line, in lower case, saying what the stage does (`build`, `deps`, `test`, `runtime`), and refer to it by that name.',
  reference: 'from-as',
  equivalents: {},
  fixable: false,
  check({ model }) {
    // In a single-stage file a name means nothing: nothing refers to it.
    if (model.stages.length < 2) return [];
    const last = model.stages.length - 1;
    return model.stages
      .filter((stage) => stage.name === null)
      .map((stage) => ({
        message:
          stage.index === last
            ? `the final stage #${stage.index} (FROM ${stage.from.args[0]?.value ?? '?'}) has no name: 'AS <name>' lets 'docker build --target' and readers find it`
            : `stage #${stage.index} (FROM ${stage.from.args[0]?.value ?? '?'}) has no name: add 'AS <name>'`,
        // Nothing can refer to the last stage by its index, so a missing name there is only a habit.
        ...(stage.index === last ? { severity: 'info' as const } : {}),
        span: headSpan(stage.from),
      }));
  },
});
