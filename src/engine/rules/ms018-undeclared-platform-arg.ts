import type { RuleReport } from '../rule';
import { declaredNames, declaredThroughChain, PLATFORM_ARGS, variableUses } from '../facts/vars';
import { defineRule, stageName } from './util';

/** Cheap first look: most files name no platform ARG at all. */
const ANY_USE = /\$\{?(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)/;

export default defineRule({
  id: 'MS018',
  name: 'undeclared-platform-arg',
  severity: 'warning',
  summary: 'A platform ARG is used in a stage that does not declare it.',
  explanation:
    'BuildKit sets `TARGETOS`, `TARGETARCH`, `BUILDPLATFORM` and their siblings for every build, but only in the global scope: a `FROM` line can use them directly, the instructions of a stage cannot. Inside a stage `$TARGETARCH` is empty until an `ARG TARGETARCH` line (in that stage or a stage it is built `FROM`) brings it in. A cross-compiling `GOARCH=$TARGETARCH go build` then quietly builds for the build machine instead.',
  bad: `# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`,
  good: `# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`,
  howToFix: 'Add `ARG TARGETOS TARGETARCH` (the names you use, without a value) at the start of the stage, before the first instruction that reads them.',
  reference: 'arg-scope',
  equivalents: { buildkit: ['UndefinedVar'] },
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    if (!ANY_USE.test(model.text)) return reports;
    // Names declared by the end of each stage's parent: BuildKit hands an ARG down the chain.
    const declaredBy = declaredThroughChain(model);
    for (const stage of model.stages) {
      const parent = stage.parent !== null && stage.parent < stage.index ? declaredBy[stage.parent] : undefined;
      const declared = new Set<string>(parent);
      const reported = new Set<string>();
      for (const instruction of stage.instructions) {
        for (const use of variableUses(model, instruction, PLATFORM_ARGS)) {
          if (declared.has(use.name) || reported.has(use.name)) continue;
          reported.add(use.name);
          reports.push({
            message: `$${use.name} is empty in stage ${stageName(stage)}: platform ARGs are only set in FROM lines until the stage declares 'ARG ${use.name}'`,
            span: use.span,
          });
        }
        for (const name of declaredNames(instruction)) declared.add(name);
      }
    }
    return reports;
  },
});
