import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS012');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS012');

describe('MS012 single-stage-build', () => {
  it('points at the build step of the bad example', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 7, column: 1 }, end: { line: 7, column: 45 } });
    expect(finding!.message).toContain("runs 'go build'");
  });

  it('fires when the one stage only installs build tools, naming them', () => {
    const [finding] = find('FROM alpine:3.19\nRUN apk add --no-cache curl make\nUSER app\n');
    expect(finding!.message).toContain('installs build tools (make)');
    expect(finding!.span.start.line).toBe(2);
  });

  it('points at whichever comes first, the install or the build', () => {
    const text = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y gcc\nCOPY . .\nRUN gcc -o /app main.c\n';
    expect(find(text).map((f) => f.span.start.line)).toEqual([2]);
  });

  it('stays quiet for a single stage that neither builds nor installs build tools', () => {
    expect(find('FROM nginx:1.27-alpine\nRUN apk add --no-cache curl\nCOPY site/ /usr/share/nginx/html\n')).toEqual([]);
    // `make` as an argument of echo is not a make run.
    expect(find("FROM alpine:3.19\nRUN echo make && sh -c 'echo cargo build'\n")).toEqual([]);
  });

  it('finds builds inside heredocs and sh -c scripts', () => {
    expect(find('FROM rust:1.77\nCOPY . .\nRUN <<EOF\nset -e\ncargo build --release\nEOF\n').map((f) => f.span.start.line)).toEqual([3]);
    expect(find("FROM node:20-slim\nCOPY . .\nRUN sh -c 'npm ci && npm run build'\n")).toHaveLength(1);
  });

  it('does not fire on multi-stage files', () => {
    expect(find(rule.good)).toEqual([]);
  });

  it('reads continuation lines and CRLF files as Docker does', () => {
    const text = 'FROM golang:1.22\r\nWORKDIR /src\r\nRUN go mod download && \\\r\n    go build -o /app .\r\n';
    const [finding] = find(text);
    expect(finding!.span.start).toEqual({ line: 3, column: 1 });
    expect(finding!.span.end.line).toBe(3);
  });
});
