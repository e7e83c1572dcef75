import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { END_OF_LIFE, endOfLifeOf } from '../src/engine/end-of-life';

const find = (text: string, today?: string) => lint(text, today ? { today } : {}).findings.filter((f) => f.rule === 'MS023');
const from = (image: string) => `FROM ${image} AS x\n`;

describe('MS023 end-of-life-base', () => {
  it('fires the day a release reaches its end of life, not the day before', () => {
    expect(find(from('alpine:3.19'), '2025-10-31')).toEqual([]);
    const [finding] = find(from('alpine:3.19'), '2025-11-01');
    expect(finding!.message).toContain('Alpine 3.19');
    expect(finding!.message).toContain('since 2025-11-01');
    expect(finding!.severity).toBe('warning');
  });

  it('names the newest supported release to move to on that day', () => {
    expect(find(from('node:20-slim'), '2026-12-07')[0]!.message).toMatch(/move to Node\.js 26$/);
    expect(find(from('node:18'), '2025-06-01')[0]!.message).toMatch(/move to Node\.js 22$/);
    expect(find(from('node:20'), '2026-05-01')[0]!.message).toMatch(/move to Node\.js 24$/);
    expect(find(from('mcr.microsoft.com/dotnet/aspnet:8.0'), '2026-12-07')[0]!.message).toMatch(/since 2026-11-10.*move to \.NET 10\.0$/);
    expect(find(from('python:3.9-slim'), '2026-12-07')[0]!.message).toMatch(/move to Python 3\.15$/);
    // Python 3.15.0 came out on 2026-10-09: before that day the advice is still 3.14.
    expect(find(from('python:3.9-slim'), '2026-10-08')[0]!.message).toMatch(/move to Python 3\.14$/);
    expect(find(from('node:20-slim'), '2026-10-27')[0]!.message).toMatch(/move to Node\.js 24$/);
  });

  it('knows the 2026 releases: Ubuntu 25.04, 25.10 and 26.04, Temurin 26, Alpine 3.24', () => {
    // Ubuntu interim releases end nine months after release.
    expect(find(from('ubuntu:25.04'), '2026-01-16')).toEqual([]);
    expect(find(from('ubuntu:plucky'), '2026-01-17')[0]!.message).toContain('Ubuntu 25.04 (plucky)');
    expect(find(from('ubuntu:25.10'), '2026-06-30')).toEqual([]);
    const [questing] = find(from('ubuntu:questing-20260101'), '2026-07-01');
    expect(questing!.message).toContain('Ubuntu 25.10 (questing)');
    // 26.04 LTS is the release to move to once it is out, and is itself supported.
    expect(questing!.message).toMatch(/move to Ubuntu 26\.04$/);
    expect(find(from('ubuntu:23.10'), '2026-04-22')[0]!.message).toMatch(/move to Ubuntu 24\.04$/);
    expect(find(from('ubuntu:26.04'), '2026-12-07')).toEqual([]);
    // Temurin 26 ends the day JDK 27 reached GA; the LTS 25 is the way out.
    expect(find(from('eclipse-temurin:26-jre'), '2026-09-14')).toEqual([]);
    const [temurin] = find(from('eclipse-temurin:26-jdk-noble'), '2026-09-15');
    expect(temurin!.message).toContain('Eclipse Temurin 26');
    expect(temurin!.message).toMatch(/move to Eclipse Temurin 25$/);
    // Alpine 3.24 is supported today and is what an Alpine past its end moves to.
    expect(find(from('alpine:3.24'), '2026-12-07')).toEqual([]);
    expect(find(from('node:24-alpine3.24'), '2026-12-07')).toEqual([]);
    expect(find(from('alpine:3.20'), '2026-12-07')[0]!.message).toMatch(/move to Alpine 3\.24$/);
    expect(find(from('alpine:3.20'), '2026-06-08')[0]!.message).toMatch(/move to Alpine 3\.23$/);
    expect(find(from('alpine:3.24'), '2028-05-01')[0]!.message).toContain('the date its release policy sets');
  });

  it('is silent without a date: the engine never reads the clock', () => {
    expect(find(from('golang:1.18'))).toEqual([]);
  });

  it('reads each family’s tag scheme', () => {
    const day = '2026-12-07';
    const cases: [string, string][] = [
      ['golang:1.22.3-alpine', 'Go 1.22'],
      ['docker.io/library/python:3.8.18-slim-bookworm', 'Python 3.8'],
      ['debian:bullseye-slim', 'Debian 11 (bullseye)'],
      ['debian:10', 'Debian 10 (buster)'],
      ['ubuntu:20.04', 'Ubuntu 20.04 (focal)'],
      ['ubuntu:focal-20240101', 'Ubuntu 20.04 (focal)'],
      ['node:iron-alpine', 'Node.js 20'],
      ['eclipse-temurin:24-jre', 'Eclipse Temurin 24'],
      ['mcr.microsoft.com/dotnet/sdk:6.0.400-jammy', '.NET 6.0'],
    ];
    for (const [image, label] of cases)
      expect(
        find(from(image), day)
          .map((f) => f.message)
          .join('\n'),
        image,
      ).toContain(label);
  });

  it('also judges the distribution a tag names: node:22-alpine3.19, python:3.13-slim-bullseye', () => {
    const day = '2026-12-07';
    expect(find(from('node:22-alpine3.19'), day).map((f) => f.message)).toEqual([expect.stringContaining('Alpine 3.19')]);
    expect(find(from('python:3.13-slim-bullseye'), day).map((f) => f.message)).toEqual([expect.stringContaining('Debian 11')]);
    expect(find(from('maven:3.9-eclipse-temurin-24'), day).map((f) => f.message)).toEqual([expect.stringContaining('Eclipse Temurin 24')]);
    expect(find(from('maven:3.9-eclipse-temurin-25-noble'), day)).toEqual([]);
  });

  it('does not judge floating tags, versions newer than the table, variables without default, stages', () => {
    const day = '2026-12-07';
    for (const image of [
      'golang:1',
      'node:lts-slim',
      'python:3',
      'alpine:latest',
      'golang:alpine',
      'node:30',
      'alpine:3.40',
      'eclipse-temurin:21-jre',
      'debian:trixie-slim',
    ]) {
      expect(find(from(image), day), image).toEqual([]);
    }
    expect(find('ARG GO\nFROM golang:${GO} AS build\n', day)).toEqual([]);
    expect(find('ARG GO=1.21\nFROM golang:${GO} AS build\n', day)).toHaveLength(1);
    expect(find('FROM alpine:3.23 AS node\nFROM node AS x\n', day)).toEqual([]);
  });

  it('judges the oldest lines too, which need it most: node:8, golang:1.17, python:3.6, debian:jessie', () => {
    const day = '2026-12-07';
    const cases: [string, string, string][] = [
      ['node:8.9-slim', 'Node.js 8', '2019-12-31'],
      ['node:carbon', 'Node.js 8', '2019-12-31'],
      ['node:10.8-alpine', 'Node.js 10', '2021-04-30'],
      ['golang:1.17', 'Go 1.17', '2022-08-02'],
      ['python:3.6-slim', 'Python 3.6', '2021-12-23'],
      ['python:2.7', 'Python 2.7', '2020-01-01'],
      ['debian:jessie-slim', 'Debian 8 (jessie)', '2020-06-30'],
    ];
    for (const [ref, label, eol] of cases) {
      const [name, tag] = ref.split(':') as [string, string];
      const [found] = endOfLifeOf({ name, tag }, day);
      expect(found && `${found.label} ${found.version}`, ref).toBe(label);
      expect(found?.eol, ref).toBe(eol);
    }
  });

  it('keeps every product’s dates in order and cites sources', () => {
    for (const [name, product] of Object.entries(END_OF_LIFE)) {
      expect(product.sources.length, name).toBeGreaterThan(0);
      for (const source of product.sources) expect(source).toMatch(/^https:\/\//);
      for (const cycle of product.cycles) expect(cycle.eol, `${name} ${cycle.version}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(endOfLifeOf({ name: 'golang', tag: null }, '2030-01-01')).toEqual([]);
  });
});
