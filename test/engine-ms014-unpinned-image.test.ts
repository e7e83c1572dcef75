import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS014');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS014');
const spans = (text: string) => find(text).map((f) => f.span);

describe('MS014 unpinned-image', () => {
  it('points at the image names of the bad example', () => {
    expect(spans(rule.bad)).toEqual([
      { start: { line: 2, column: 6 }, end: { line: 2, column: 10 } },
      { start: { line: 9, column: 6 }, end: { line: 9, column: 40 } },
    ]);
    const [untagged, latest] = find(rule.bad);
    expect(untagged!.message).toContain('no tag');
    expect(latest!.message).toContain('latest');
  });

  it('accepts tags, digests, scratch and stage names', () => {
    const text = `FROM golang:1.22 AS build
FROM alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1 AS base
FROM scratch AS empty
FROM build AS again
FROM localhost:5000/team/app:2.1 AS registry
`;
    expect(find(text)).toEqual([]);
  });

  it('reads a registry port as a port, not a tag', () => {
    expect(spans('FROM localhost:5000/team/app AS x\n')).toEqual([{ start: { line: 1, column: 6 }, end: { line: 1, column: 29 } }]);
  });

  it('resolves ARG defaults before judging', () => {
    expect(find('ARG NODE=node:20-slim\nFROM ${NODE} AS runtime\n')).toEqual([]);
    expect(find('ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim AS runtime\n')).toEqual([]);
    const [unpinned] = find('ARG NODE=node\nFROM ${NODE} AS runtime\n');
    expect(unpinned!.message).toContain("resolves to 'node'");
    expect(unpinned!.span).toEqual({ start: { line: 2, column: 6 }, end: { line: 2, column: 13 } });
    expect(find('ARG TAG=latest\nFROM node:$TAG AS runtime\n')).toHaveLength(1);
    // No default: the value comes from --build-arg, nothing to judge.
    expect(find('ARG BASE\nFROM $BASE AS runtime\n')).toEqual([]);
  });

  it('judges external images in COPY --from, but not RUN --mount', () => {
    const text = `FROM alpine:3.19 AS runtime
COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/
COPY --from=nginx:latest /etc/nginx/mime.types /etc/nginx/
COPY --from=nginx:1.27 /etc/nginx/fastcgi_params /etc/nginx/
RUN --mount=type=bind,from=busybox,source=/bin,target=/mnt true
`;
    expect(find(text).map((f) => [f.span.start.line, f.span.start.column])).toEqual([
      [2, 13],
      [3, 13],
    ]);
  });

  it('leaves stage-name typos to MS007', () => {
    const text = `FROM golang:1.22 AS builder
RUN CGO_ENABLED=0 go build -o /out/app .
FROM alpine:3.19 AS runtime
COPY --from=bulder /out/app /app
`;
    const ids = lint(text)
      .findings.filter((f) => f.span.start.line === 4)
      .map((f) => f.rule);
    expect(ids).toContain('MS007');
    expect(ids).not.toContain('MS014');
    // FROM reads `Builder` as an image: a case slip of a stage name, also MS007's.
    expect(find('FROM golang:1.22 AS builder\nFROM Builder AS next\n')).toEqual([]);
  });

  it('is silenced by an inline suppression', () => {
    expect(find('# syntax=docker/dockerfile:1\n# multistage-tutor ignore=MS014\nFROM node AS runtime\n')).toEqual([]);
  });
});
