import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS019');
const find = (text: string, target?: string) => lint(text, target ? { target } : {}).findings.filter((f) => f.rule === 'MS019');

/** A Go builder on `builder`, with `setup` lines before its build, shipped on `runtime`. */
const file = (opts: {
  builder?: string;
  setup?: string;
  build?: string;
  runtime?: string;
}) => `FROM ${opts.builder ?? 'golang:1.22'} AS build
WORKDIR /src
COPY . .
${opts.setup ?? '# no setup'}
RUN ${opts.build ?? 'go build -o /out/server ./cmd/server'}

FROM ${opts.runtime ?? 'alpine:3.19'} AS runtime
COPY --from=build /out/server /server
USER 65532
ENTRYPOINT ["/server"]
`;

describe('MS019 cgo-binary-on-scratch', () => {
  it("points at the COPY of the bad example (the source document's pattern 2) and explains why", () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 10, column: 1 }, end: { line: 10, column: 52 } });
    expect(finding!.message).toMatch(/may need a libc the final stage lacks/);
    expect(finding!.message).toMatch(/neither net nor os\/user is static/);
  });

  it('accepts CGO_ENABLED=0 inline, as ENV, as ARG default, or exported in the same RUN', () => {
    expect(find(file({ build: 'CGO_ENABLED=0 go build -o /out/server .' }))).toEqual([]);
    expect(find(file({ setup: 'ENV CGO_ENABLED=0' }))).toEqual([]);
    expect(find(file({ setup: 'ENV CGO_ENABLED 0' }))).toEqual([]);
    expect(find(file({ setup: 'ARG CGO_ENABLED=0' }))).toEqual([]);
    expect(find(file({ build: 'export CGO_ENABLED=0 && go build -o /out/server .' }))).toEqual([]);
    expect(find(file({ setup: 'RUN go env -w CGO_ENABLED=0' }))).toEqual([]);
    expect(find(file({ build: "sh -c 'CGO_ENABLED=0 go build -o /out/server .'" }))).toEqual([]);
  });

  it('fires when cgo is explicitly on, or the global ARG is never brought into the stage', () => {
    expect(find(file({ build: 'CGO_ENABLED=1 go build -o /out/server .' }))).toHaveLength(1);
    expect(find(`ARG CGO_ENABLED=0\n${file({})}`)).toHaveLength(1);
    expect(find(`ARG CGO_ENABLED=0\n${file({ setup: 'ARG CGO_ENABLED' })}`)).toEqual([]);
    // ENV wins over an ARG of the same name.
    expect(find(file({ setup: 'ARG CGO_ENABLED=0\nENV CGO_ENABLED=1' }))).toHaveLength(1);
  });

  it('inherits the setting through the builder chain', () => {
    const text = `FROM golang:1.22 AS base
ENV CGO_ENABLED=0

FROM base AS build
RUN go build -o /out/server .

FROM scratch AS runtime
COPY --from=build /out/server /server
USER 65532
`;
    expect(find(text)).toEqual([]);
    expect(find(text.replace('ENV CGO_ENABLED=0', 'ARG CGO_ENABLED=0'))).toEqual([]);
    expect(find(text.replace('ENV CGO_ENABLED=0', 'ENV GOFLAGS=-mod=vendor'))).toHaveLength(1);
  });

  it('on Alpine, fires only for a glibc golang builder', () => {
    expect(find(file({ builder: 'golang:1.22-alpine' }))).toEqual([]);
    expect(find(file({ builder: 'golang:1.22-bookworm' }))).toHaveLength(1);
    expect(find(file({ runtime: 'node:20-alpine' }))).toHaveLength(1);
  });

  it('on scratch and distroless/static, fires whatever the builder, but one with no C compiler', () => {
    for (const runtime of ['scratch', 'gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static']) {
      expect(find(file({ runtime })), runtime).toHaveLength(1);
      // An Alpine builder has no C compiler, so Go 1.20 and later build it with cgo off.
      expect(find(file({ runtime, builder: 'golang:1.22-alpine' })), runtime).toHaveLength(0);
      expect(find(file({ runtime, builder: 'golang:1.19-alpine' })), runtime).toHaveLength(1);
    }
    expect(find(file({ runtime: 'scratch' }))[0]!.message).toContain('no libc at all');
  });

  it('stays quiet on glibc runtimes', () => {
    for (const runtime of ['gcr.io/distroless/base-debian12', 'debian:12-slim', 'ubuntu:24.04']) {
      expect(find(file({ runtime })), runtime).toEqual([]);
    }
  });

  it('trusts flags that force a static binary', () => {
    expect(find(file({ runtime: 'scratch', build: 'go build -tags netgo,osusergo -o /out/server .' }))).toEqual([]);
    expect(find(file({ runtime: 'scratch', build: `go build -ldflags '-extldflags "-static"' -o /out/server .` }))).toEqual([]);
  });

  it('does not blame copies of certificates or time zones', () => {
    const text = file({ runtime: 'scratch' }).replace(
      'COPY --from=build /out/server /server\n',
      'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n',
    );
    expect(find(text)).toEqual([]);
  });

  it('looks through the final chain and honours --target', () => {
    const text = `FROM golang:1.22 AS build
RUN go build -o /out/server .

FROM scratch AS minimal
COPY --from=build /out/server /server

FROM minimal AS runtime
USER 65532

FROM debian:12-slim AS full
COPY --from=build /out/server /server
USER 65532
`;
    expect(find(text)).toEqual([]);
    expect(find(text, 'runtime').map((f) => f.span.start.line)).toEqual([5]);
    expect(find(text, 'minimal').map((f) => f.span.start.line)).toEqual([5]);
  });
});
