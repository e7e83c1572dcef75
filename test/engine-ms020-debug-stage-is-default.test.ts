import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS020');
const find = (text: string, target?: string) => lint(text, target ? { target } : {}).findings.filter((f) => f.rule === 'MS020');

const production = `FROM alpine:3.19 AS production
COPY app /usr/local/bin/app
USER nobody:nobody

`;

describe('MS020 debug-stage-is-default', () => {
  it("points at the name of the last stage in the bad example (the source document's pattern 5)", () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 12, column: 20 }, end: { line: 12, column: 25 } });
    expect(finding!.message).toContain("plain 'docker build'");
  });

  it('knows the debug-like names in any case, alone or joined to other words by - or _', () => {
    const debugLike = [
      'debug',
      'dev',
      'devel',
      'develop',
      'development',
      'test',
      'tests',
      'testing',
      'ci',
      'Debug',
      'dev-envs',
      'app-debug',
      'integration_tests',
      'ci-runner',
    ];
    for (const name of debugLike) {
      const [finding, ...rest] = find(`${production}FROM production AS ${name}\n`);
      expect(rest, name).toEqual([]);
      expect(finding!.span, name).toEqual({ start: { line: 5, column: 20 }, end: { line: 5, column: 20 + name.length } });
      expect(finding!.message, name).toContain(`the last stage is '${name}'`);
    }
    // Words that merely contain a debug word are other stages.
    for (const name of ['devices', 'contest', 'cicd2', 'latest', 'developer-portal', 'runtime']) {
      expect(find(`${production}FROM production AS ${name}\n`), name).toEqual([]);
    }
  });

  it("follows the final stage's chain to a debug-named stage, pointing at the FROM that takes it in", () => {
    const text = `FROM node:20-slim AS dev-base\nRUN npm ci\n\nFROM dev-base AS release\nUSER node\n`;
    const [finding, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 4, column: 6 }, end: { line: 4, column: 14 } });
    expect(finding!.message).toContain("built on 'dev-base'");
    // A debug stage that is only copied from is not shipped whole.
    expect(find(`FROM node:20 AS dev\nRUN npm ci\n\nFROM node:20-slim AS release\nCOPY --from=dev /app /app\nUSER node\n`)).toEqual([]);
  });

  it('does not fire when --target picks the stage or another one', () => {
    expect(find(rule.bad, 'debug')).toEqual([]);
    expect(find(rule.bad, 'production')).toEqual([]);
  });

  it('fires when the last stage derives from another one and installs debugging tools; curl and wget are not', () => {
    const text = `${production}FROM production AS shell\nUSER root\nRUN apk add --no-cache curl strace wget gdb\nUSER nobody\n`;
    const [finding, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 7, column: 1 }, end: { line: 7, column: 44 } });
    expect(finding!.message).toContain('debugging tools (strace, gdb)');
    expect(find(`${production}FROM production AS app\nRUN apk add --no-cache curl wget ca-certificates\n`)).toEqual([]);
  });

  it('counts tools a middle stage of the chain adds, never those of the chain root (the image itself)', () => {
    const middle = `FROM debian:12-slim AS base\nRUN apt-get update && apt-get install -y procps\nFROM base AS tooled\nRUN apt-get update && apt-get install -y tcpdump\nFROM tooled AS app\nUSER 1000\n`;
    expect(find(middle).map((f) => [f.span.start.line, f.message.match(/\(([^)]*)\)/)![1]])).toEqual([[4, 'tcpdump']]);
    // A single stage that installs procps on its own base is the image being made, not a debug layer.
    expect(find(`FROM debian:12-slim AS app\nRUN apt-get update && apt-get install -y procps less\nUSER 1000\n`)).toEqual([]);
  });

  it('does not count tools installed on a fresh base, or removed again', () => {
    expect(find('FROM alpine:3.19 AS tools\nRUN apk add --no-cache curl\nUSER nobody\n')).toEqual([]);
    expect(
      find(
        `${production}FROM production AS fetch\nRUN apk add --no-cache curl && curl -fsSLo /data https://example.com/d && apk del curl\n`,
      ),
    ).toEqual([]);
  });

  it('reads installs written as a heredoc', () => {
    expect(find(`${production}FROM production AS shell\nRUN <<EOF\napk add --no-cache gdb\nEOF\n`).map((f) => f.span.start.line)).toEqual([
      6,
    ]);
  });

  it('with --target, judges the targeted stage and says so', () => {
    const text = `${production}FROM production AS shell\nRUN apk add --no-cache vim\n\nFROM alpine:3.19 AS last\nUSER nobody\n`;
    expect(find(text)).toEqual([]);
    expect(find(text, 'shell')[0]!.message).toContain('--target shell');
  });
});
