import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS022');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS022');

const build = (workdir: string) => `FROM node:20-slim AS build
${workdir}
RUN npm run build

`;

describe('MS022 relative-copy-from-path', () => {
  it('points at the relative source of the bad example and names the path meant', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 10, column: 19 }, end: { line: 10, column: 23 } });
    expect(finding!.message).toContain("'/app/dist'");
  });

  it('joins the WORKDIR and the path, dropping a leading ./', () => {
    const [finding] = find(`${build('WORKDIR /app/')}FROM nginx:1.27-alpine AS web\nCOPY --from=build ./dist/ /usr/share/nginx/html\n`);
    expect(finding!.message).toContain("'/app/dist/'");
    expect(finding!.span).toEqual({ start: { line: 6, column: 19 }, end: { line: 6, column: 26 } });
  });

  it('uses the effective WORKDIR: relative WORKDIRs and the stage chain', () => {
    expect(
      find(`${build('WORKDIR /srv\nWORKDIR web')}FROM nginx:1.27-alpine AS web\nCOPY --from=build dist /html\n`)[0]!.message,
    ).toContain("'/srv/web/dist'");
    const chained =
      'FROM node:20-slim AS base\nWORKDIR /src\n\nFROM base AS build\nRUN npm run build\n\nFROM nginx:1.27-alpine AS web\nCOPY --from=build dist /html\n';
    expect(find(chained)[0]!.message).toContain("'/src/dist'");
  });

  it('stays quiet for absolute paths, a root WORKDIR, whole-stage copies and external images', () => {
    expect(find(`${build('WORKDIR /app')}FROM nginx:1.27-alpine AS web\nCOPY --from=build /app/dist /html\n`)).toEqual([]);
    expect(find(`${build('# no workdir')}FROM nginx:1.27-alpine AS web\nCOPY --from=build dist /html\n`)).toEqual([]);
    expect(find(`${build('WORKDIR /')}FROM nginx:1.27-alpine AS web\nCOPY --from=build dist /html\n`)).toEqual([]);
    const whole = lint(`${build('WORKDIR /app')}FROM nginx:1.27-alpine AS web\nCOPY --from=build . /html\n`).findings.map((f) => f.rule);
    expect(whole).toContain('MS010');
    expect(whole).not.toContain('MS022');
    expect(find('FROM alpine:3.19 AS a\nCOPY --from=nginx:1.27 etc/nginx/nginx.conf /etc/nginx/\n')).toEqual([]);
  });

  it('reports each relative source, JSON form included', () => {
    const text = `${build('WORKDIR /app')}FROM nginx:1.27-alpine AS web\nCOPY --from=build ["dist", "public", "/html/"]\n`;
    expect(find(text).map((f) => [f.span.start.column, f.message.match(/'(\/app\/[a-z]+)'/)?.[1]])).toEqual([
      [19, '/app/dist'],
      [28, '/app/public'],
    ]);
  });
});
