// The facts the exercise checker asks of the engine beyond lint's: each asserted once on a small
// Dockerfile, the way a goal reads it.
import { describe, expect, test } from 'vitest';
import { buildModel } from '../src/engine';
import {
  buildsStatic,
  carriedWorkdirs,
  cargoOutputs,
  buildsInStage,
  copiesInto,
  copiesJdk,
  installedPackages,
  jlinkOutputs,
  nodeModulesAt,
  pythonDevInstalls,
  removedInLaterRun,
  publishesSelfContained,
  shellAssignments,
  stageCopies,
  userSettings,
} from '../src/engine/facts';

const lines = (...l: string[]) => buildModel(l.join('\n') + '\n');
const last = (model: ReturnType<typeof buildModel>) => model.stages.at(-1)!;

describe('packages removed in a later RUN', () => {
  test('stay installed, and the removal that did not help is named', () => {
    const model = lines('FROM debian:bookworm-slim AS f', 'RUN apt-get install -y gcc libssl3', 'RUN apt-get purge -y gcc');
    const gcc = installedPackages(model, last(model)).find((p) => p.pkg === 'gcc')!;
    expect(gcc).toBeDefined();
    expect(removedInLaterRun(model, last(model), gcc)?.instruction.span.start.line).toBe(3);
  });

  test('a removal in the same RUN takes it away; an apk group by its name', () => {
    const model = lines('FROM alpine:3.20 AS f', 'RUN apk add --virtual .deps gcc musl-dev && make && apk del .deps');
    expect(installedPackages(model, last(model)).map((p) => p.pkg)).toEqual([]);
  });
});

describe('users at each USER', () => {
  test.each([
    ['created after the USER', ['FROM python:3.12-slim AS f', 'USER app', 'RUN useradd app'], 'later', 3],
    ['created before', ['FROM python:3.12-slim AS f', 'RUN useradd -u 1001 app', 'USER app'], 'yes', 2],
    ['never created', ['FROM python:3.12-slim AS f', 'USER app'], 'no', null],
    ['numeric', ['FROM scratch AS f', 'USER 10001:10001'], 'yes', null],
    ['known to the image', ['FROM node:20-slim AS f', 'USER node'], 'yes', null],
    ['only a group of that name', ['FROM python:3.12-slim AS f', 'RUN groupadd app', 'USER app'], 'no', null],
  ])('%s', (_label, text, exists, createdAt) => {
    const model = lines(...text);
    const [fact] = userSettings(model, last(model));
    expect(fact!.exists).toBe(exists);
    expect(fact!.createdBy?.span.start.line ?? null).toBe(createdAt);
  });

  test('every USER of the chain, not only the last', () => {
    const model = lines('FROM python:3.12-slim AS base', 'USER app', 'RUN useradd app', 'USER 10001', 'FROM base AS f');
    expect(userSettings(model, last(model)).map((u) => u.exists)).toEqual(['later', 'yes']);
  });
});

describe('node_modules before a command', () => {
  test('a prune before the build in the same RUN leaves it without devDependencies', () => {
    const model = lines(
      'FROM node:20 AS b',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'RUN npm prune --omit=dev && npm run build && npm prune --omit=dev',
    );
    const build = buildsInStage(model, last(model))[0]!;
    expect(nodeModulesAt(model, last(model), build.command).state).toBe('production');
  });

  test('a build first, then the prune, sees devDependencies', () => {
    const model = lines(
      'FROM node:20 AS b',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'RUN npm run build && npm prune --omit=dev',
    );
    const build = buildsInStage(model, last(model))[0]!;
    expect(nodeModulesAt(model, last(model), build.command)).toMatchObject({ state: 'development' });
  });

  test('inherited from a shared stage that pruned', () => {
    const model = lines(
      'FROM node:20 AS deps',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci && npm prune --omit=dev',
      'FROM deps AS b',
      'COPY . .',
      'RUN npm run build',
    );
    const build = buildsInStage(model, last(model))[0]!;
    expect(nodeModulesAt(model, last(model), build.command).by?.span.start.line).toBe(4);
  });
});

describe('pip installs of development requirements', () => {
  test.each([
    [
      '-r requirements-dev.txt into an activated venv',
      ['ENV PATH="/opt/venv/bin:$PATH"', 'RUN pip install -r requirements.txt -r requirements-dev.txt'],
      '/opt/venv',
    ],
    ["the venv's own pip, test packages named", ['RUN /venv/bin/pip install pytest pytest-cov'], '/venv'],
    ['extras [test] into --prefix', ['RUN pip install --prefix=/install ".[test]"'], '/install'],
    ['system site-packages', ['RUN pip install -r requirements/dev.txt'], '/usr/local'],
  ])('%s', (_label, body, into) => {
    const model = lines('FROM python:3.12-slim AS b', ...body);
    expect(pythonDevInstalls(model, last(model)).map((d) => d.into)).toEqual([into]);
  });

  test('production requirements are not development ones', () => {
    const model = lines('FROM python:3.12-slim AS b', 'RUN pip install -r requirements.txt gunicorn');
    expect(pythonDevInstalls(model, last(model))).toEqual([]);
  });
});

describe('builds', () => {
  test('a cargo triple assigned in the RUN: static, and one unknown folder in the output path', () => {
    const model = lines(
      'FROM rust:1.77 AS b',
      'WORKDIR /src',
      'RUN t="$(uname -m)-unknown-linux-musl" && cargo build --release --target "$t"',
    );
    const [build] = last(model).builds;
    const [output] = cargoOutputs(model, last(model));
    expect(buildsStatic(model, last(model), build!)).toBe(true);
    expect(output!.outputDir).toBe('/src/target/*/release');
    expect(output!.fixedArch).toBe(false);
    expect(shellAssignments(build!.command, 't')).toEqual(['$(uname -m)-unknown-linux-musl']);
  });

  test.each([
    ['rust:1-alpine', true],
    ['rust:1', false],
  ])('a triple read from rustc -vV is the host of %s: static %s', (image, expected) => {
    const model = lines(`FROM ${image} AS b`, `RUN cargo build --release --target "$(rustc -vV | sed -n 's/^host: //p')"`);
    expect(buildsStatic(model, last(model), last(model).builds[0]!)).toBe(expected);
  });

  test.each([
    ['written out', 'cargo build --release --target x86_64-unknown-linux-musl', true],
    ['assigned once', 't=aarch64-unknown-linux-musl && cargo build --target $t', true],
    [
      'one per case arm',
      'case "$TARGETARCH" in amd64) t=x86_64-unknown-linux-musl ;; arm64) t=aarch64-unknown-linux-musl ;; esac && cargo build --target "$t"',
      false,
    ],
  ])('fixed-architecture target: %s', (_label, run, fixed) => {
    const model = lines('FROM rust:1.77 AS b', `RUN ${run}`);
    expect(cargoOutputs(model, last(model))[0]!.fixedArch).toBe(fixed);
  });

  test.each([
    ['--self-contained', true],
    ['--self-contained true', true],
    ['--self-contained false', false],
    ['-p:PublishAot=true', true],
    ['/p:SelfContained=true', true],
    ['-r linux-x64', false],
  ])('dotnet publish %s is self-contained: %s', (flags, expected) => {
    const model = lines('FROM mcr.microsoft.com/dotnet/sdk:8.0 AS b', `RUN dotnet publish -c Release -o /out ${flags}`);
    expect(publishesSelfContained(model, last(model), last(model).builds[0]!)).toBe(expected);
  });

  test('jlink --output is a Java runtime folder', () => {
    const model = lines('FROM eclipse-temurin:21-jdk AS b', 'WORKDIR /w', 'RUN jlink --add-modules java.base --output rt');
    expect(jlinkOutputs(model, last(model))).toEqual(['/w/rt']);
  });
});

describe('what a copy takes', () => {
  const NODE = [
    'FROM node:20 AS build',
    'WORKDIR /app',
    'COPY package*.json ./',
    'RUN npm ci',
    'COPY . .',
    'RUN npm run build',
    'FROM node:20-slim AS f',
  ];

  test.each([
    ['the build folder whole', 'COPY --from=build /app /app', ['/app']],
    ['its parent', 'COPY --from=build / /srv', []],
    ['the output only', 'COPY --from=build /app/dist ./dist', []],
    ['node_modules only', 'COPY --from=build /app/node_modules ./node_modules', []],
  ])('%s', (_label, copy, folders) => {
    const model = lines(...NODE, copy);
    expect(carriedWorkdirs(model, stageCopies(model, last(model))[0]!)).toEqual(folders);
  });

  test('a JDK copied from an image or a JDK stage, but not a jlink runtime', () => {
    const jdk = (...l: string[]) => {
      const model = lines(...l);
      return copiesInto(model, last(model)).some((c) => copiesJdk(model, c.copy));
    };
    expect(jdk('FROM eclipse-temurin:21-jre AS f', 'COPY --from=eclipse-temurin:21-jdk /opt/java/openjdk /opt/java/openjdk')).toBe(true);
    expect(
      jdk('FROM maven:3.9-eclipse-temurin-21 AS b', 'FROM eclipse-temurin:21-jre AS f', 'COPY --from=b /opt/java/openjdk $JAVA_HOME'),
    ).toBe(true);
    expect(
      jdk(
        'FROM eclipse-temurin:21-jdk AS b',
        'RUN jlink --add-modules java.base --output /opt/java/rt',
        'FROM debian:bookworm-slim AS f',
        'COPY --from=b /opt/java/rt /opt/java/openjdk',
      ),
    ).toBe(false);
    expect(jdk('FROM maven:3.9 AS b', 'FROM eclipse-temurin:21-jre AS f', 'COPY --from=b /src/target/app.jar /app.jar')).toBe(false);
  });
});
