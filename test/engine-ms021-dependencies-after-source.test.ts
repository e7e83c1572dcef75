import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS021');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS021');
const lines = (text: string) => find(text).map((f) => f.span.start.line);

describe('MS021 dependencies-after-source', () => {
  it('points at the install of the bad example and names the COPY', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 5, column: 1 }, end: { line: 5, column: 51 } });
    expect(finding!.message).toContain("'pip install --no-cache-dir -r requirements.txt' runs after 'COPY . .' (line 4)");
  });

  it('knows every dependency install of the spec, and ./ and ADD', () => {
    for (const install of [
      'npm ci',
      'npm install',
      'yarn install',
      'pnpm install',
      'pip install -r requirements.txt',
      'poetry install',
      'bundle install',
      'go mod download',
      'cargo fetch',
      'mvn dependency:go-offline',
      'dotnet restore',
      'composer install',
    ]) {
      expect(lines(`FROM alpine:3.19 AS a\nCOPY . .\nRUN ${install}\n`), install).toEqual([3]);
    }
    expect(lines('FROM node:20-slim AS a\nWORKDIR /app\nCOPY ./ /app\nRUN npm ci\n')).toEqual([4]);
    expect(lines('FROM node:20-slim AS a\nADD . .\nRUN npm ci\n')).toEqual([3]);
  });

  it('stays quiet when only manifests or a subfolder came first, or the install is first', () => {
    expect(find('FROM node:20-slim AS a\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n')).toEqual([]);
    expect(find('FROM node:20-slim AS a\nCOPY src/ .\nRUN npm ci\n')).toEqual([]);
    expect(find('FROM golang:1.22 AS a\nCOPY . .\nRUN go build -o /app .\n')).toEqual([]);
  });

  it('reports one finding per RUN, also inside sh -c and heredocs', () => {
    expect(lines('FROM node:20-slim AS a\nCOPY . .\nRUN npm ci && npm run build && npm prune --omit=dev\n')).toEqual([3]);
    expect(lines("FROM python:3.12-slim AS a\nCOPY . .\nRUN sh -c 'pip install -r requirements.txt'\n")).toEqual([3]);
    expect(lines('FROM python:3.12-slim AS a\nCOPY . .\nRUN <<EOF\npip install -r requirements.txt\nEOF\n')).toEqual([3]);
  });

  it('is about one stage: copies from other stages and other stages do not count', () => {
    expect(
      find('FROM node:20-slim AS src\nCOPY . .\n\nFROM node:20-slim AS deps\nCOPY --from=src /app/package.json ./\nRUN npm ci\n'),
    ).toEqual([]);
    // A package install is not a dependency install.
    expect(find('FROM alpine:3.19 AS a\nCOPY . .\nRUN apk add --no-cache make\n')).toEqual([]);
  });
});
