import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS002',
  name: 'unnamed-stage',
  severity: 'warning',
  summary: 'Every stage should have a name: FROM <image> AS <name>.',
  explanation:
    'A stage without `AS <name>` can only be referred to by its position (`--from=0`), which silently points at another stage as soon as one is added above it. A name also tells a reader what the stage is for, and it is what `docker build --target` takes.',
  bad: `# syntax=docker/dockerfile:1
FROM golang:1.26
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=0 /out/api /api
ENTRYPOINT ["/api"]
`,
  good: `# syntax=docker/dockerfile:1
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`,
  howToFix: 'Add `AS <name>` to the `FROM` line, in lower case, saying what the stage does (`build`, `deps`, `test`, `runtime`), and refer to it by that name.',
  reference: 'from-as',
  equivalents: {},
  fixable: false,
  check({ model }) {
    return model.stages
      .filter((stage) => stage.name === null)
      .map((stage) => ({
        message: `stage #${stage.index} (FROM ${stage.from.args[0]?.value ?? '?'}) has no name: add 'AS <name>'`,
        span: headSpan(stage.from),
      }));
  },
});
