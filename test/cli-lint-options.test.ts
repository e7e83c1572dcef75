// lint's options and exit codes: --fix, --ignore, --fail-on, --target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lint } from '../src/engine';
import { BROKEN_REF, cli, CLEAN, expectOneLineError, NUMERIC_REF, WARNING_ONLY, workspace } from './cli-helpers';

/** Fixable findings of four kinds: no syntax line (MS001), an index reference (MS003), casing (MS004, MS016). */
const FIXABLE = `FROM node:20-alpine as Deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-alpine AS runtime
WORKDIR /app
COPY --from=0 /app/node_modules ./node_modules
COPY --from=Deps /app/package.json ./
USER node
CMD ["node", "server.js"]
`;

const rulesOf = (text: string) => lint(text).findings.map((f) => f.rule);

describe('lint --fix', () => {
  it('rewrites the file in place, says what it fixed on stderr, and a second run changes nothing', () => {
    const before = rulesOf(FIXABLE);
    expect(before).toEqual(expect.arrayContaining(['MS001', 'MS003', 'MS004', 'MS016']));
    const ws = workspace({ Dockerfile: FIXABLE });
    try {
      const first = cli(['lint', '--fix'], { cwd: ws.dir });
      const fixed = readFileSync(join(ws.dir, 'Dockerfile'), 'utf8');
      expect(fixed).toBe(fixText(FIXABLE).text);
      expect(rulesOf(fixed)).not.toEqual(expect.arrayContaining(['MS001']));
      for (const id of ['MS001', 'MS003', 'MS004', 'MS016']) expect(rulesOf(fixed)).not.toContain(id);
      expect(first.stderr).toMatch(/^Dockerfile: fixed \d+ findings \(MS001, MS003, MS004, MS016\)/m);
      // What is left is reported as usual, against the fixed text.
      expect(first.stdout).not.toMatch(/MS00[134]|MS016/);

      const second = cli(['lint', '--fix'], { cwd: ws.dir });
      expect(readFileSync(join(ws.dir, 'Dockerfile'), 'utf8')).toBe(fixed);
      expect(second.stderr).toBe('');
      expect(second.status).toBe(first.status);
    } finally {
      ws.done();
    }
  });

  it('with - prints the fixed file on stdout and the report on stderr', () => {
    const r = cli(['lint', '--fix', '-'], { input: FIXABLE });
    expect(r.stdout).toBe(fixText(FIXABLE).text);
    expect(r.stderr).toMatch(/^<stdin>: fixed \d+ findings \(MS001, MS003, MS004, MS016\)/);
    const again = cli(['lint', '--fix', '-'], { input: r.stdout });
    expect(again.stdout).toBe(r.stdout);
    expect(again.stderr).toMatch(/nothing to fix/);
  });

  it('refuses - together with other files, since stdout holds the fixed text', () => {
    const ws = workspace({ Dockerfile: CLEAN });
    try {
      const r = cli(['lint', '--fix', '-', 'Dockerfile'], { cwd: ws.dir, input: FIXABLE });
      expect(r.status).toBe(2);
      expectOneLineError(r);
      expect(r.stdout).toBe('');
    } finally {
      ws.done();
    }
  });

  it('leaves a file with nothing to fix untouched', () => {
    const ws = workspace({ Dockerfile: CLEAN });
    try {
      const r = cli(['lint', '--fix'], { cwd: ws.dir });
      expect(r.status).toBe(0);
      expect(readFileSync(join(ws.dir, 'Dockerfile'), 'utf8')).toBe(CLEAN);
    } finally {
      ws.done();
    }
  });
});

describe('lint --ignore', () => {
  it('skips the named rules, in any case and over repeated flags', () => {
    const ws = workspace({ Dockerfile: FIXABLE });
    try {
      const all = cli(['lint', '--format', 'json'], { cwd: ws.dir });
      const some = cli(['lint', '--format', 'json', '--ignore', 'ms003,MS004', '--ignore=MS016'], { cwd: ws.dir });
      const rules = (r: { stdout: string }) => JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
      expect(rules(all)).toEqual(expect.arrayContaining(['MS003', 'MS004', 'MS016']));
      expect(rules(some)).toEqual(rules(all).filter((id: string) => !['MS003', 'MS004', 'MS016'].includes(id)));
    } finally {
      ws.done();
    }
  });

  it('rejects an unknown rule ID with one line naming a close one, exit 2', () => {
    const r = cli(['lint', '--ignore', 'MS03', '-'], { input: CLEAN });
    expect(r.status).toBe(2);
    expectOneLineError(r);
    expect(r.stderr).toMatch(/unknown rule 'MS03'.*MS003/);
    expect(r.stdout).toBe('');
  });
});

describe('lint --fail-on and exit codes', () => {
  const exit = (text: string, ...flags: string[]) => cli(['lint', ...flags, '-'], { input: text }).status;

  it('fails on errors by default, not on warnings', () => {
    expect(lint(WARNING_ONLY).findings.every((f) => f.severity !== 'error')).toBe(true);
    expect(lint(WARNING_ONLY).findings.length).toBeGreaterThan(0);
    expect(exit(BROKEN_REF)).toBe(1);
    expect(exit(NUMERIC_REF)).toBe(0);
    expect(exit(WARNING_ONLY)).toBe(0);
    expect(exit(CLEAN)).toBe(0);
  });

  it('moves the threshold with --fail-on', () => {
    expect(exit(WARNING_ONLY, '--fail-on', 'warning')).toBe(1);
    expect(exit(WARNING_ONLY, '--fail-on=info')).toBe(1);
    expect(exit(BROKEN_REF, '--fail-on', 'none')).toBe(0);
    expect(exit(NUMERIC_REF, '--fail-on', 'warning')).toBe(1);
    expect(exit(CLEAN, '--fail-on', 'info')).toBe(0);
  });

  it('rejects a bad --fail-on or --format value with one line, exit 2', () => {
    for (const flags of [
      ['--fail-on', 'warn'],
      ['--format', 'xml'],
    ]) {
      const r = cli(['lint', ...flags, '-'], { input: CLEAN });
      expect(r.status).toBe(2);
      expectOneLineError(r);
    }
  });
});

describe('lint --target', () => {
  // The last stage is the debug one; shipping `runtime` instead is what --target says.
  const TARGETED = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]

FROM golang:1.22 AS debug
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

  it('judges the named stage as the shipped one, as the engine does', () => {
    const plain = cli(['lint', '--format', 'json', '-'], { input: TARGETED });
    const targeted = cli(['lint', '--format', 'json', '--target', 'runtime', '-'], { input: TARGETED });
    const ids = (r: { stdout: string }) => JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(ids(plain)).toEqual(rulesOf(TARGETED));
    expect(ids(targeted)).toEqual(lint(TARGETED, { target: 'runtime' }).findings.map((f) => f.rule));
    expect(ids(targeted)).not.toEqual(ids(plain));
  });

  it('names the stages when the target is not one, exit 2, and still lints other files', () => {
    const ws = workspace({ a: TARGETED, b: CLEAN });
    try {
      const r = cli(['lint', '--target', 'prod', 'a', 'b'], { cwd: ws.dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^multistage-tutor: a: --target prod names no stage .*build, runtime, debug/m);
      expect(r.stderr.trim().split('\n')).toHaveLength(2); // a and b: neither has a stage `prod`
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    } finally {
      ws.done();
    }
  });
});
