// The image data behind rule MS011, the size table and the trees' recommendations.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { canonicalImageName, FINAL_BASES, heavyBaseAdvice, imageSize, LANGUAGE_SIZES, OTHER_IMAGES } from '../src/engine/images';

const img = (ref: string) => {
  const at = ref.lastIndexOf(':');
  return at > ref.lastIndexOf('/') ? { name: ref.slice(0, at), tag: ref.slice(at + 1) } : { name: ref, tag: null };
};

describe('heavyBaseAdvice', () => {
  it.each([
    ['golang:1.22', 'Go'],
    ['golang', 'Go'],
    ['golang:1.22-bookworm', 'Go'],
    ['docker.io/library/golang:1.22', 'Go'],
    ['library/rust:1.77', 'Rust'],
    ['node:20', 'Node.js'],
    ['node:20-bookworm', 'Node.js'],
    ['python:3.12', 'Python'],
    ['eclipse-temurin:21-jdk', 'Java'],
    ['eclipse-temurin:21-jdk-alpine', 'Java'],
    ['golang:1.22-alpine', 'Go'],
    ['openjdk:17-jdk-slim', 'Java'],
    ['openjdk:21', 'Java'],
    ['eclipse-temurin:21', 'Java'],
    ['amazoncorretto:21', 'Java'],
    ['amazoncorretto:21-jdk', 'Java'],
    ['maven:3.9-eclipse-temurin-21', 'Java'],
    ['gradle:8.7', 'Java'],
    ['mcr.microsoft.com/dotnet/sdk:8.0', '.NET'],
    ['gcc:13', 'C/C++'],
    ['buildpack-deps:bookworm', 'C/C++'],
  ])('%s is a heavy %s base', (ref, language) => {
    expect(heavyBaseAdvice(img(ref))?.language).toBe(language);
  });

  it.each([
    'node:20-slim',
    'node:alpine',
    'python:3.12-slim-bookworm',
    'python:3.12-alpine3.19',
    'eclipse-temurin:21-jre',
    'openjdk:11-jre-slim',
    'mcr.microsoft.com/dotnet/aspnet:8.0',
    'alpine:3.19',
    'scratch',
    'gcr.io/distroless/static-debian12',
    'myregistry.example.com/golang:1.22',
    'buildpack-deps:bookworm-curl',
    'buildpack-deps:scm',
  ])('%s is not', (ref) => {
    expect(heavyBaseAdvice(img(ref))).toBeNull();
  });

  it('gives the figures of the size table', () => {
    for (const row of LANGUAGE_SIZES) {
      const advice = heavyBaseAdvice(img(row.heavy.ref))!;
      expect(advice).toEqual({
        language: row.language,
        heavy: row.heavy.ref,
        heavySize: row.heavy.size,
        lighter: row.lighter.map((l) => l.ref).join(' or '),
        lighterSize: row.lighter.map((l) => l.size).join(' or '),
      });
    }
  });

  it('is what MS011 quotes', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM node:24 AS app\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "index.js"]\n';
    const finding = lint(text).findings.find((f) => f.rule === 'MS011')!;
    const advice = heavyBaseAdvice(img('node:24'))!;
    expect(finding.message).toContain(advice.heavySize);
    expect(finding.message).toContain(advice.lighter);
    expect(finding.message).toContain(advice.lighterSize);
  });
});

describe('image sizes', () => {
  it('has one figure per image across all tables', () => {
    const figures = new Map<string, Set<string>>();
    const add = (ref: string, size: string) => figures.set(ref, new Set([...(figures.get(ref) ?? []), size]));
    for (const row of LANGUAGE_SIZES) [row.heavy, ...row.lighter].forEach((i) => add(i.ref, i.size));
    for (const b of [...FINAL_BASES, ...OTHER_IMAGES]) add(b.ref, b.size);
    for (const [ref, sizes] of figures) expect([...sizes], ref).toHaveLength(1);
  });

  it('answers by exact reference', () => {
    expect(imageSize('alpine:3.23')).toBe('3.8 MB');
    expect(imageSize('node:24-slim')).toBe('80 MB');
    expect(imageSize('alpine:3.20')).toBeNull();
  });

  it('treats Docker Hub prefixes as the same image', () => {
    expect(canonicalImageName('docker.io/library/Node')).toBe('node');
    expect(canonicalImageName('index.docker.io/library/python')).toBe('python');
    expect(canonicalImageName('docker.io/bitnami/node')).toBe('bitnami/node');
    expect(canonicalImageName('gcr.io/distroless/static')).toBe('gcr.io/distroless/static');
  });
});
