import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS015');
const find = (text: string, target?: string) => lint(text, target ? { target } : {}).findings.filter((f) => f.rule === 'MS015');

const build = 'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n\n';

describe('MS015 final-stage-runs-as-root', () => {
  it('points at the final FROM when no USER is set', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 7, column: 1 }, end: { line: 7, column: 28 } });
    expect(finding!.message).toContain('no USER');
  });

  it('points at a last USER whose user part is root, whatever the group', () => {
    for (const user of ['root', '0', 'root:root', '0:1000', 'root:app']) {
      const text = `${build}FROM alpine:3.19 AS runtime\nUSER ${user}\n`;
      const [finding] = find(text);
      expect(finding?.span, user).toEqual({ start: { line: 5, column: 1 }, end: { line: 5, column: 6 + user.length } });
    }
    for (const user of ['app', '10001', '1000:0', 'nobody:nobody', 'app:root']) {
      expect(find(`${build}FROM alpine:3.19 AS runtime\nUSER ${user}\n`), user).toEqual([]);
    }
  });

  it('only the last USER counts', () => {
    expect(find(`${build}FROM alpine:3.19 AS runtime\nUSER root\nRUN apk add --no-cache tini\nUSER app\n`)).toEqual([]);
    expect(find(`${build}FROM alpine:3.19 AS runtime\nUSER app\nUSER 0\n`).map((f) => f.span.start.line)).toEqual([6]);
  });

  it('looks through the stage chain', () => {
    const base = 'FROM alpine:3.19 AS base\nRUN adduser -S app\nUSER app\n\n';
    expect(find(`${base}FROM base AS runtime\nCOPY app /app\n`)).toEqual([]);
    expect(find(`${base}FROM base AS runtime\nUSER root\n`)).toHaveLength(1);
  });

  it('counts a nonroot base image tag as non-root, also through the chain', () => {
    expect(find('FROM gcr.io/distroless/static-debian12:nonroot AS runtime\nCOPY app /app\n')).toEqual([]);
    expect(find('FROM gcr.io/distroless/base-debian12:debug-nonroot AS runtime\n')).toEqual([]);
    expect(find('FROM gcr.io/distroless/static-debian12:nonroot AS base\nFROM base AS runtime\n')).toEqual([]);
    expect(find('FROM gcr.io/distroless/static-debian12 AS runtime\n')).toHaveLength(1);
    // An explicit root USER still counts on a nonroot image.
    expect(find('FROM gcr.io/distroless/static-debian12:nonroot AS runtime\nUSER root\n')).toHaveLength(1);
  });

  it('substitutes ARG defaults into USER and trusts values it cannot know', () => {
    expect(find('FROM alpine:3.19 AS runtime\nARG RUN_AS=root\nUSER $RUN_AS\n')).toHaveLength(1);
    expect(find('FROM alpine:3.19 AS runtime\nARG UID=10001\nUSER ${UID}:${UID}\n')).toEqual([]);
    expect(find('FROM alpine:3.19 AS runtime\nARG UID\nUSER $UID\n')).toEqual([]);
  });

  it('judges the --target stage', () => {
    const text = 'FROM node:20-slim AS dev\nCOPY . .\n\nFROM node:20-slim AS runtime\nCOPY . .\nUSER node\n';
    expect(find(text)).toEqual([]);
    expect(find(text, 'dev').map((f) => f.span.start.line)).toEqual([1]);
  });
});
