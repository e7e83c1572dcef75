import type { RuleReport } from '../rule';
import { buildsThrough } from '../facts/builds';
import { stageCopies } from '../facts/copies';
import { baseClass, libcOf } from '../facts/images';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS019',
  name: 'cgo-binary-on-scratch',
  severity: 'warning',
  summary: 'A Go binary built with cgo on ships where its libc is missing.',
  explanation:
    'With `CGO_ENABLED` unset, `go build` on the `golang` image links against the C library whenever a package needs it: `net` (DNS lookups) and `os/user` do. Such a binary cannot start on `scratch` or `distroless/static` (no libc at all), and a glibc-linked one fails on Alpine, which has musl instead, typically with a puzzling "not found" for a file that is plainly there. A pure-Go program that uses neither package comes out static anyway, which is why this often works until someone adds an HTTP client.',
  bad: `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/server ./cmd/server

FROM alpine:3.19 AS runtime
COPY --from=build /out/server /usr/local/bin/server
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/server"]
`,
  good: `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM alpine:3.19 AS runtime
COPY --from=build /out/server /usr/local/bin/server
USER nobody:nobody
ENTRYPOINT ["/usr/local/bin/server"]
`,
  howToFix:
    'Build a static binary: `CGO_ENABLED=0 go build …` (or `ENV CGO_ENABLED=0` in the build stage). If you really need cgo, build on `golang:*-alpine` for an Alpine runtime, or ship on `gcr.io/distroless/base-debian12`, which has glibc.',
  reference: 'lang-go',
  equivalents: {},
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const runtime = libcOf(model, final);
    if (runtime === 'glibc' || runtime === 'unknown') return [];
    const reports: RuleReport[] = [];
    const seen = new Set<number>();
    for (const { copy, source } of stageCopies(model, final)) {
      if (!source) continue;
      // Certificates and time zones are data, not the binary.
      if (copy.sources.length > 0 && copy.sources.every((s) => /^\/(etc|usr\/share)\//.test(s))) continue;
      if (seen.has(source.index)) continue;
      seen.add(source.index);
      // The last go build of the source stage's chain that may link libc (`go install tool@v1` fetches a tool).
      const build = buildsThrough(model, source).find((b) => b.tool === 'go' && !b.toolInstall && b.static === false);
      if (!build) continue;
      const builder = baseClass(model, build.stage);
      if (runtime === 'musl' && !(builder?.family === 'golang' && builder.libc === 'glibc')) continue;
      const base = runtime === 'none' ? 'has no libc at all' : 'is Alpine, with musl instead of glibc';
      reports.push({
        message: `${stageName(build.stage)} runs '${build.command.argv.slice(0, 2).join(' ')}' without CGO_ENABLED=0 and the shipped stage ${base}, so the binary may need a libc the final stage lacks (a pure-Go binary that uses neither net nor os/user is static even with cgo on): set CGO_ENABLED=0`,
        span: headSpan(copy.instruction),
      });
    }
    return reports;
  },
});
