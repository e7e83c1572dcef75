import { isBuildToolPackage } from '../classify';
import type { Instruction } from '../types';
import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS012',
  name: 'single-stage-build',
  severity: 'warning',
  summary: 'A one-stage Dockerfile that compiles ships its whole toolchain.',
  explanation:
    'With a single stage, everything the build needed stays in the image you ship: the SDK, compilers, headers, package caches and the source code. A builder stage plus a small runtime stage keeps only the program, often cutting the image by 70 to 99% (a Go service drops from about 800 MB on `golang:1.22` to a few MB on `scratch` or `alpine`), and leaves an attacker no compiler to work with.',
  bad: `# syntax=docker/dockerfile:1
FROM golang:1.22
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /usr/local/bin/api ./cmd/api
USER 65532
ENTRYPOINT ["/usr/local/bin/api"]
`,
  good: `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`,
  howToFix:
    'Name the current stage `build`, then add a second stage on a small runtime base (`scratch`, distroless, `alpine`, a `-slim` or JRE image) that copies only the built artifact with `COPY --from=build`.',
  reference: 'concept',
  equivalents: {},
  fixable: false,
  check({ model, extraPackages }) {
    if (model.stages.length !== 1) return [];
    const stage = model.stages[0]!;
    // The first instruction that builds or installs a build tool is where the stage turns into a builder.
    const culprits: { instruction: Instruction; what: string }[] = [
      ...stage.builds.map((b) => ({ instruction: b.command.instruction, what: `runs '${b.command.argv.slice(0, 2).join(' ')}'` })),
      ...stage.packages.flatMap((p) => {
        const tools = p.packages.filter((pkg) => isBuildToolPackage(pkg, extraPackages.buildTools));
        return tools.length > 0 ? [{ instruction: p.command.instruction, what: `installs build tools (${tools.join(', ')})` }] : [];
      }),
    ];
    if (culprits.length === 0) return [];
    const first = culprits.reduce((a, b) => (order(a.instruction) <= order(b.instruction) ? a : b));
    return [
      {
        message: `this single-stage Dockerfile ${first.what}, so the toolchain ships in the image: build in a named stage and copy only the result into a small runtime stage`,
        span: headSpan(first.instruction),
      },
    ];
  },
});

function order(instruction: Instruction): number {
  return instruction.span.start.line * 1e6 + instruction.span.start.column;
}
