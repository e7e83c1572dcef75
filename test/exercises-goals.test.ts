// The goal vocabulary on small Dockerfiles: each check reads the stage model, finds stages by
// what they do, and is neither fooled by names nor stricter than Docker.
import { describe, expect, test } from 'vitest';
import { buildModel } from '../src/engine';
import { blocksPass, checkAnswer, goalHolds, type GoalCheck } from '../src/exercises';
import { goalVerdict } from '../src/exercises/goals';
import { stagesMatching } from '../src/exercises/select';
import { familiesOf, javaVersionOf } from '../src/engine/facts';

const holds = (text: string, goal: GoalCheck) => goalHolds(buildModel(text), goal);
const lines = (...l: string[]) => l.join('\n') + '\n';
const verdict = (text: string, goal: GoalCheck) => goalVerdict(buildModel(text), goal);

const GO_BUILD = ['FROM golang:1.22 AS build', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api'];

describe('selectors find stages by what they do, not by name', () => {
  const goal: GoalCheck = { kind: 'final-copies-from', from: { builds: ['go'] } };

  test('uv installs dependencies, npx runs tests and tsc: stages are found by those too', () => {
    const text = lines(
      'FROM python:3.14-slim AS deps',
      'RUN uv pip install --system -r requirements.txt',
      'FROM node:24 AS web',
      'RUN npx tsc -p tsconfig.json',
      'FROM web AS check',
      'RUN npx --yes vitest run',
    );
    const model = buildModel(text);
    expect(stagesMatching(model, { installsDeps: ['pip'] }).map((s) => s.name)).toEqual(['deps']);
    expect(stagesMatching(model, { builds: ['tsc'] }).map((s) => s.name)).toEqual(['web']);
    expect(stagesMatching(model, { tests: true }).map((s) => s.name)).toEqual(['check']);
    expect(stagesMatching(buildModel('FROM python:3.14-slim AS a\nRUN uv sync --frozen\n'), { installsDeps: ['uv'] })).toHaveLength(1);
  });

  test('a stage called build that builds nothing is not the builder', () => {
    const text = lines(
      'FROM golang:1.22 AS build',
      'RUN echo nothing here',
      'FROM golang:1.22 AS x',
      'RUN go build -o /out/api .',
      'FROM alpine:3.19 AS final',
      'COPY --from=build /out/api /api',
    );
    expect(holds(text, goal)).toBe(false);
    expect(holds(text.replace('--from=build', '--from=x'), goal)).toBe(true);
  });

  test('a stage written FROM the builder holds its output', () => {
    const text = lines(
      ...GO_BUILD,
      'FROM build AS compress',
      'RUN upx /out/api',
      'FROM scratch AS final',
      'COPY --from=compress /out/api /api',
    );
    expect(holds(text, goal)).toBe(true);
  });

  test('a copy by number does not count as a copy by name', () => {
    expect(holds(lines(...GO_BUILD, 'FROM scratch AS final', 'COPY --from=0 /out/api /api'), goal)).toBe(false);
  });

  test('`apk add make` installs make, it does not build', () => {
    const text = lines(
      'FROM alpine:3.19 AS tools',
      'RUN apk add --no-cache make go',
      'FROM alpine:3.19 AS final',
      'COPY --from=tools /usr/bin/make /make',
    );
    expect(holds(text, { kind: 'final-copies-from', from: { builds: ['make', 'go'] } })).toBe(false);
  });

  test('runs patterns match the program and its words in order', () => {
    const text = lines(
      'FROM python:3.12 AS wheels',
      'RUN pip wheel --wheel-dir /w -r requirements.txt',
      'FROM python:3.12-slim AS final',
      'COPY --from=wheels /w /w',
    );
    expect(holds(text, { kind: 'final-copies-from', from: { runs: ['pip wheel'] } })).toBe(true);
    expect(holds(text, { kind: 'final-copies-from', from: { runs: ['pip install'] } })).toBe(false);
  });
});

describe('final base families', () => {
  const family = (image: string) => familiesOf(buildModel(`FROM ${image} AS x\n`).stages[0]!.base);
  test.each([
    ['scratch', 'scratch'],
    ['alpine:3.19', 'alpine'],
    ['docker.io/library/alpine:3.20', 'alpine'],
    ['gcr.io/distroless/static-debian12:nonroot', 'distroless-static'],
    ['cgr.dev/chainguard/static:latest', 'distroless-static'],
    ['gcr.io/distroless/base-debian12', 'distroless-base'],
    ['debian:bookworm-slim', 'debian-slim'],
    ['node:20-slim', 'node-runtime'],
    ['node:20-alpine3.19', 'node-runtime'],
    ['gcr.io/distroless/nodejs20-debian12', 'node-runtime'],
    ['python:3.12-slim-bookworm', 'python-runtime'],
    ['eclipse-temurin:21-jre-alpine', 'jre'],
    ['gcr.io/distroless/java21-debian12', 'jre'],
    ['mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled', 'aspnet'],
    ['mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra', 'aspnet'],
    ['mcr.microsoft.com/dotnet/runtime:8.0', 'dotnet-runtime'],
    ['mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine', 'dotnet-runtime-deps'],
    ['eclipse-temurin:21', 'jdk'],
    ['node:20', 'node'],
  ])('%s is %s', (image, expected) => {
    expect(family(image)).toContain(expected);
  });

  const RUNTIMES = [
    'scratch',
    'debian-slim',
    'distroless-static',
    'distroless-base',
    'node-runtime',
    'python-runtime',
    'jre',
    'aspnet',
    'dotnet-runtime',
    'dotnet-runtime-deps',
  ];
  test.each(['node:20', 'python:3.12', 'eclipse-temurin:21-jdk', 'mcr.microsoft.com/dotnet/sdk:8.0', 'golang:1.22-alpine', 'ubuntu:24.04'])(
    '%s is in no runtime family',
    (image) => {
      expect(family(image).filter((f) => RUNTIMES.includes(f))).toEqual([]);
    },
  );

  test('the base is read through the chain', () => {
    const text = lines('FROM node:20-slim AS base', 'FROM base AS final');
    expect(holds(text, { kind: 'final-base', families: ['node-runtime'] })).toBe(true);
  });
});

describe('static-build', () => {
  const goal: GoalCheck = { kind: 'static-build', stage: { builds: ['go', 'cargo'] } };
  const go = (builder: string, run: string, final: string, extra: string[] = []) =>
    lines(`FROM ${builder} AS b`, ...extra, `RUN ${run}`, `FROM ${final} AS f`, 'COPY --from=b /out/app /app');

  test.each([
    ['cgo on, onto scratch', go('golang:1.22', 'go build -o /out/app .', 'scratch'), false],
    ['CGO_ENABLED=0 inline, onto scratch', go('golang:1.22', 'CGO_ENABLED=0 go build -o /out/app .', 'scratch'), true],
    ['CGO_ENABLED=0 as ENV', go('golang:1.22', 'go build -o /out/app .', 'scratch', ['ENV CGO_ENABLED=0']), true],
    ['CGO_ENABLED=0 as an ARG default', go('golang:1.22', 'go build -o /out/app .', 'scratch', ['ARG CGO_ENABLED=0']), true],
    ['exported earlier in the same RUN', go('golang:1.22', 'export CGO_ENABLED=0 && go build -o /out/app .', 'scratch'), true],
    ['exported in another RUN (lost)', go('golang:1.22', 'go build -o /out/app .', 'scratch', ['RUN export CGO_ENABLED=0']), false],
    ['glibc builder onto Alpine, cgo on', go('golang:1.22', 'go build -o /out/app .', 'alpine:3.19'), false],
    ['musl builder onto Alpine, cgo on', go('golang:1.22-alpine', 'go build -o /out/app .', 'alpine:3.19'), true],
    ['glibc builder onto distroless base, cgo on', go('golang:1.22', 'go build -o /out/app .', 'gcr.io/distroless/base-debian12'), true],
    ['cargo for glibc onto scratch', go('rust:1.77', 'cargo build --release', 'scratch'), false],
    ['cargo --target musl onto scratch', go('rust:1.77', 'cargo build --release --target x86_64-unknown-linux-musl', 'scratch'), true],
    ['cargo --target=musl onto scratch', go('rust:1.77', 'cargo build --release --target=aarch64-unknown-linux-musl', 'scratch'), true],
    ['cargo on rust:alpine onto scratch', go('rust:1.77-alpine', 'cargo build --release', 'scratch'), true],
  ])('%s', (_label, text, expected) => {
    expect(holds(text, goal)).toBe(expected);
  });

  test('fails when the final stage copies from no builder at all', () => {
    expect(holds(lines('FROM alpine:3.19 AS f', 'COPY app /app'), goal)).toBe(false);
  });
});

describe('final-production-dependencies', () => {
  const goal: GoalCheck = { kind: 'final-production-dependencies' };
  const deps = (install: string, ...more: string[]) => [
    'FROM node:20 AS deps',
    'WORKDIR /app',
    'COPY package*.json ./',
    `RUN ${install}`,
    ...more,
  ];

  test.each([
    [
      'node_modules from an install with dev',
      lines(...deps('npm ci'), 'FROM node:20-slim AS f', 'COPY --from=deps /app/node_modules /app/node_modules'),
      false,
    ],
    [
      'node_modules from an install without dev',
      lines(...deps('npm ci --omit=dev'), 'FROM node:20-slim AS f', 'COPY --from=deps /app/node_modules /app/node_modules'),
      true,
    ],
    ['the whole /app, holding a dev install', lines(...deps('npm ci'), 'FROM node:20-slim AS f', 'COPY --from=deps /app /app'), false],
    [
      'pruned afterwards',
      lines(
        ...deps('npm ci', 'RUN npm prune --omit=dev'),
        'FROM node:20-slim AS f',
        'COPY --from=deps /app/node_modules /app/node_modules',
      ),
      true,
    ],
    [
      'pruned in a derived stage',
      lines(
        ...deps('npm ci'),
        'FROM deps AS prod',
        'RUN npm prune --production',
        'FROM node:20-slim AS f',
        'COPY --from=prod /app/node_modules /app/node_modules',
      ),
      true,
    ],
    [
      'pruned in / of a stage that copied the app to /app: nothing to prune there',
      lines(
        ...deps('npm ci'),
        'FROM node:20-slim AS prod',
        'COPY --from=deps /app /app',
        'RUN npm prune --omit=dev',
        'FROM node:20-slim AS f',
        'COPY --from=prod /app/node_modules /app/node_modules',
      ),
      false,
    ],
    [
      'pruned in the folder the app was copied to',
      lines(
        ...deps('npm ci'),
        'FROM node:20-slim AS prod',
        'WORKDIR /app',
        'COPY --from=deps /app ./',
        'RUN npm prune --omit=dev',
        'FROM node:20-slim AS f',
        'COPY --from=prod /app/node_modules /app/node_modules',
      ),
      true,
    ],
    [
      'NODE_ENV=production in the installing stage',
      lines(
        'FROM node:20 AS deps',
        'ENV NODE_ENV=production',
        'WORKDIR /app',
        'RUN npm ci',
        'FROM node:20-slim AS f',
        'COPY --from=deps /app/node_modules /app/node_modules',
      ),
      true,
    ],
    [
      'installed in the final stage without dev',
      lines('FROM node:20-slim AS f', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci --omit=dev'),
      true,
    ],
    [
      'installed in the final stage with dev',
      lines('FROM node:20-slim AS f', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci'),
      false,
    ],
    [
      'a dev install copied on through a middle stage',
      lines(
        ...deps('npm ci'),
        'FROM node:20 AS mid',
        'COPY --from=deps /app/node_modules /m/node_modules',
        'FROM node:20-slim AS f',
        'COPY --from=mid /m/node_modules /app/node_modules',
      ),
      false,
    ],
    ['no node_modules at all', lines('FROM node:20-slim AS f', 'COPY dist /app/dist'), false],
  ])('%s', (_label, text, expected) => {
    expect(holds(text, goal)).toBe(expected);
  });
});

describe('final-non-root', () => {
  const user = (base: string, ...rest: string[]) => lines(`FROM ${base} AS f`, ...rest);
  test.each([
    ['no USER', user('python:3.12-slim'), false, false],
    ['USER root', user('python:3.12-slim', 'USER root'), false, false],
    ['USER 0:1000', user('python:3.12-slim', 'USER 0:1000'), false, false],
    ['USER 10001', user('python:3.12-slim', 'USER 10001'), true, true],
    ['USER app, never created', user('python:3.12-slim', 'USER app'), true, false],
    ['USER app, created with useradd', user('python:3.12-slim', 'RUN useradd --system app', 'USER app'), true, true],
    ['USER app, created with adduser', user('alpine:3.19', 'RUN adduser -D app', 'USER app'), true, true],
    ['USER nobody on Debian', user('python:3.12-slim', 'USER nobody'), true, true],
    ['USER nobody on scratch (no /etc/passwd)', user('scratch', 'USER nobody'), true, false],
    ['USER node on a node image', user('node:20-slim', 'USER node'), true, true],
    ['USER app on ASP.NET', user('mcr.microsoft.com/dotnet/aspnet:8.0', 'USER app'), true, true],
    ['distroless :nonroot without USER', user('gcr.io/distroless/static-debian12:nonroot'), true, true],
    ['root again after a user', user('python:3.12-slim', 'USER 10001', 'USER root'), false, false],
  ])('%s', (_label, text, nonRoot, exists) => {
    expect(holds(text, { kind: 'final-non-root' })).toBe(nonRoot);
    expect(holds(text, { kind: 'final-non-root', userMustExist: true })).toBe(exists);
  });

  test('USER is read through the chain', () => {
    const text = lines('FROM alpine:3.19 AS base', 'USER 10001', 'FROM base AS f');
    expect(holds(text, { kind: 'final-non-root', userMustExist: true })).toBe(true);
  });
});

describe('final-runs-artifact', () => {
  const goal: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['go', 'mvn', 'dotnet'] } };
  const go = (...final: string[]) => lines(...GO_BUILD, 'FROM alpine:3.19 AS f', ...final);

  test.each([
    ['absolute entrypoint', go('COPY --from=build /out/api /usr/local/bin/api', 'ENTRYPOINT ["/usr/local/bin/api"]'), true],
    ['copied into a folder, run by name', go('COPY --from=build /out/api /usr/local/bin/', 'CMD ["api"]'), true],
    ['relative to WORKDIR', go('WORKDIR /srv', 'COPY --from=build /out/api ./', 'ENTRYPOINT ["./api"]'), true],
    ['shell form', go('COPY --from=build /out/api /api', 'CMD /api --port 8080'), true],
    ['entrypoint runs something else', go('COPY --from=build /out/api /api', 'ENTRYPOINT ["/bin/sh"]'), false],
    ['no start command at all', go('COPY --from=build /out/api /api'), false],
  ])('%s', (_label, text, expected) => {
    expect(holds(text, goal)).toBe(expected);
  });

  test('java -jar and dotnet App.dll count the jar and the dll', () => {
    const java = lines(
      'FROM maven:3.9 AS b',
      'RUN mvn package',
      'FROM eclipse-temurin:21-jre AS f',
      'COPY --from=b /src/target/app.jar /app/app.jar',
      'ENTRYPOINT ["java", "-jar", "/app/app.jar"]',
    );
    expect(holds(java, goal)).toBe(true);
    const dotnet = lines(
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS b',
      'RUN dotnet publish -o /out',
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS f',
      'WORKDIR /app',
      'COPY --from=b /out .',
      'ENTRYPOINT ["dotnet", "Api.dll"]',
    );
    expect(holds(dotnet, goal)).toBe(true);
  });
});

describe('stage relations', () => {
  const tests = { tests: true };
  const build = { installsDeps: ['npm'] };

  test('derives needs a different stage up the chain', () => {
    const same = lines('FROM node:20 AS b', 'RUN npm ci && npm test');
    expect(holds(same, { kind: 'derives', stage: tests, from: build })).toBe(false);
    const derived = lines('FROM node:20 AS b', 'RUN npm ci', 'FROM b AS t', 'RUN npm test');
    expect(holds(derived, { kind: 'derives', stage: tests, from: build })).toBe(true);
  });

  test('final-independent-of sees COPY --from as a dependency, and needs the stage to exist', () => {
    const base = ['FROM node:20 AS b', 'RUN npm ci', 'FROM b AS t', 'RUN npm test', 'FROM node:20-slim AS f'];
    expect(holds(lines(...base, 'COPY --from=b /app /app'), { kind: 'final-independent-of', stage: tests })).toBe(true);
    expect(holds(lines(...base, 'COPY --from=t /app /app'), { kind: 'final-independent-of', stage: tests })).toBe(false);
    expect(holds(lines('FROM node:20-slim AS f'), { kind: 'final-independent-of', stage: tests })).toBe(false);
  });

  test('independent needs two different stages neither of which needs the other', () => {
    const goal: GoalCheck = { kind: 'independent', a: { builds: ['npm'] }, b: { builds: ['go'] } };
    const one = lines('FROM golang:1.22 AS b', 'RUN npm run build && go build .');
    expect(holds(one, goal)).toBe(false);
    const chained = lines(
      'FROM node:20 AS web',
      'RUN npm run build',
      'FROM golang:1.22 AS api',
      'COPY --from=web /dist /dist',
      'RUN go build .',
    );
    expect(holds(chained, goal)).toBe(false);
    const apart = lines('FROM node:20 AS web', 'RUN npm run build', 'FROM golang:1.22 AS api', 'RUN go build .');
    expect(holds(apart, goal)).toBe(true);
  });

  test('shared-ancestor needs one installing stage that both derive from', () => {
    const goal: GoalCheck = { kind: 'shared-ancestor', stages: [{ builds: ['npm'] }, tests], ancestor: build };
    const shared = lines('FROM node:20 AS d', 'RUN npm ci', 'FROM d AS b', 'RUN npm run build', 'FROM d AS t', 'RUN npm test');
    expect(holds(shared, goal)).toBe(true);
    const twice = lines('FROM node:20 AS b', 'RUN npm ci', 'RUN npm run build', 'FROM node:20 AS t', 'RUN npm ci', 'RUN npm test');
    expect(holds(twice, goal)).toBe(false);
    const oneStage = lines('FROM node:20 AS d', 'RUN npm ci', 'FROM d AS bt', 'RUN npm run build && npm test');
    expect(holds(oneStage, goal)).toBe(false);
  });

  test('manifests-before-source: every installing stage copies manifests first and not the whole context', () => {
    const goal: GoalCheck = { kind: 'manifests-before-source', stage: build };
    expect(holds(lines('FROM node:20 AS d', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .'), goal)).toBe(true);
    expect(holds(lines('FROM node:20 AS d', 'COPY package*.json ./', 'RUN npm ci'), goal)).toBe(true);
    expect(holds(lines('FROM node:20 AS d', 'COPY . .', 'RUN npm ci'), goal)).toBe(false);
    expect(holds(lines('FROM node:20 AS d', 'COPY package.json ./', 'COPY . .', 'RUN npm ci'), goal)).toBe(false);
    // Copied, but to another folder than the install runs in: the message says where they went.
    expect(verdict(lines('FROM node:20 AS d', 'WORKDIR /deps', 'COPY package.json package-lock.json /app/', 'RUN npm ci'), goal)).toMatch(
      /runs in `\/deps`, but .* put the manifests in `\/app`/,
    );
  });
});

describe('cross-platform goals', () => {
  const stage = { builds: ['go'] };

  test.each([
    ['$BUILDPLATFORM', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS b', true],
    ['${BUILDPLATFORM}', 'FROM --platform=${BUILDPLATFORM} golang:1.22 AS b', true],
    ['a fixed platform', 'FROM --platform=linux/amd64 golang:1.22 AS b', false],
    ['no platform', 'FROM golang:1.22 AS b', false],
  ])('build-platform with %s', (_label, from, expected) => {
    expect(holds(lines(from, 'RUN go build .'), { kind: 'build-platform', stage })).toBe(expected);
  });

  test.each([
    ['$TARGETOS', 'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build .', true],
    ['${TARGETOS}', 'RUN GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build .', true],
    ['${TARGETOS:-linux}', 'RUN GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH:-amd64} go build .', true],
    ['a longer variable name', 'RUN GOOS=$TARGETOSX GOARCH=$TARGETARCHX go build .', false],
    ['used in another RUN only', 'RUN echo $TARGETOS $TARGETARCH\nRUN go build .', false],
  ])('build-uses-args with %s', (_label, run, expected) => {
    expect(
      holds(lines('FROM golang:1.22 AS b', 'ARG TARGETOS TARGETARCH', run), {
        kind: 'build-uses-args',
        stage,
        names: ['TARGETOS', 'TARGETARCH'],
      }),
    ).toBe(expected);
  });

  test('args-declared wants the ARG in the stage, not only before FROM', () => {
    const goal: GoalCheck = { kind: 'args-declared', stage, names: ['TARGETOS', 'TARGETARCH'] };
    expect(holds(lines('ARG TARGETOS TARGETARCH', 'FROM golang:1.22 AS b', 'RUN go build .'), goal)).toBe(false);
    expect(holds(lines('FROM golang:1.22 AS b', 'ARG TARGETOS', 'ARG TARGETARCH', 'RUN go build .'), goal)).toBe(true);
  });

  test('final-target-platform fails when the final stage runs on the build platform', () => {
    expect(holds(lines('FROM --platform=$BUILDPLATFORM alpine:3.19 AS f'), { kind: 'final-target-platform' })).toBe(false);
    expect(holds(lines('FROM alpine:3.19 AS f'), { kind: 'final-target-platform' })).toBe(true);
  });
});

describe('other checks', () => {
  test('syntax-directive wants it in the leading directives', () => {
    const goal: GoalCheck = { kind: 'syntax-directive' };
    expect(holds('# syntax=docker/dockerfile:1\nFROM alpine:3.19 AS a\n', goal)).toBe(true);
    expect(holds('# syntax=docker/dockerfile:1.7\nFROM alpine:3.19 AS a\n', goal)).toBe(true);
    expect(holds('# escape=`\n# syntax=docker/dockerfile:1\nFROM alpine:3.19 AS a\n', goal)).toBe(true);
    expect(holds('# a comment\n# syntax=docker/dockerfile:1\nFROM alpine:3.19 AS a\n', goal)).toBe(false);
    expect(holds('# syntax=example/frontend:2\nFROM alpine:3.19 AS a\n', goal)).toBe(false);
    // Pinned by digest as well as tag (Docker's docs show this form), as MS001 reads it.
    const digest = `@sha256:${'9'.repeat(64)}`;
    expect(holds(`# syntax=docker/dockerfile:1${digest}\nFROM alpine:3.19 AS a\n`, goal)).toBe(true);
    expect(holds(`# syntax=docker/dockerfile:1.7${digest}\nFROM alpine:3.19 AS a\n`, goal)).toBe(true);
    expect(holds('# syntax=docker/dockerfile:2\nFROM alpine:3.19 AS a\n', goal)).toBe(false);
    expect(holds('# syntax=docker/dockerfile:10\nFROM alpine:3.19 AS a\n', goal)).toBe(false);
  });

  test('final-runs-artifact: a distroless language image already starts its runtime; dotnet run needs the SDK; npm is not in distroless node', () => {
    const node: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['npm'] } };
    const build = 'FROM node:24 AS build\nWORKDIR /app\nRUN npm ci && npm run build\n';
    expect(
      holds(
        `${build}FROM gcr.io/distroless/nodejs24-debian13 AS run\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCMD ["dist/index.js"]\n`,
        node,
      ),
    ).toBe(true);
    expect(
      verdict(
        `${build}FROM gcr.io/distroless/nodejs24-debian13 AS run\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCMD ["node", "dist/index.js"]\n`,
        node,
      ),
    ).toMatch(/already starts `node` \(its ENTRYPOINT\)/);
    // Distroless Java's ENTRYPOINT is `java -jar`: the CMD is the jar alone.
    const jar: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['mvn'] } };
    const mvn =
      'FROM maven:3.9-eclipse-temurin-25 AS build\nWORKDIR /w\nRUN mvn -q package\nFROM gcr.io/distroless/java25-debian13 AS run\nCOPY --from=build /w/target/app.jar /app.jar\n';
    expect(holds(`${mvn}CMD ["/app.jar"]\n`, jar)).toBe(true);
    expect(verdict(`${mvn}CMD ["java", "-jar", "/app.jar"]\n`, jar)).toMatch(/runs `java -jar java -jar \/app.jar`: drop `java -jar`/);
    expect(
      verdict(
        `${build}FROM gcr.io/distroless/nodejs24-debian13 AS run\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nENTRYPOINT ["npm", "start"]\n`,
        node,
      ),
    ).toMatch(/runs `npm`/);
    const dotnet: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['dotnet'] } };
    const publish =
      'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish App.csproj -o /out\nFROM mcr.microsoft.com/dotnet/aspnet:10.0 AS run\nWORKDIR /app\nCOPY --from=build /out .\n';
    expect(verdict(`${publish}ENTRYPOINT ["dotnet", "run", "--project", "App.csproj"]\n`, dotnet)).toMatch(/runs `dotnet run`/);
  });

  test('the start command names only files a copy put in the app folder; node_modules must sit above the script', () => {
    const jar: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['gradle'] } };
    const build =
      'FROM gradle:9-jdk25 AS build\nWORKDIR /p\nRUN gradle bootJar\nFROM eclipse-temurin:25-jre AS run\nWORKDIR /app\nCOPY --from=build /p/build/libs/orders.jar /app/orders.jar\n';
    expect(holds(`${build}ENTRYPOINT ["java", "-jar", "/app/orders.jar"]\n`, jar)).toBe(true);
    expect(verdict(`${build}ENTRYPOINT ["java", "-javaagent:/app/otel.jar", "-jar", "/app/orders.jar"]\n`, jar)).toMatch(
      /names `\/app\/otel.jar`, but no COPY puts that file there/,
    );
    const deps: GoalCheck = { kind: 'final-production-dependencies' };
    const node =
      'FROM node:24 AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci && npm run build && npm prune --omit=dev\nFROM node:24-slim AS run\n';
    expect(
      holds(
        `${node}WORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\nCMD ["node", "dist/server.js"]\n`,
        deps,
      ),
    ).toBe(true);
    expect(
      verdict(
        `${node}WORKDIR /srv\nCOPY --from=build /app/node_modules /app/node_modules\nCOPY --from=build /app/dist ./dist\nCMD ["node", "dist/server.js"]\n`,
        deps,
      ),
    ).toMatch(/node_modules are in `\/app` .* starts from `\/srv\/dist`/);
  });

  test("users-exist knows the distribution's system users; --parents copies keep their paths", () => {
    const users: GoalCheck = { kind: 'users-exist' };
    expect(holds('FROM python:3.14-slim AS app\nUSER www-data:www-data\n', users)).toBe(true);
    expect(holds('FROM debian:trixie-slim AS app\nUSER daemon\n', users)).toBe(true);
    expect(holds('FROM alpine:3.23 AS app\nUSER www-data\n', users)).toBe(false);
    expect(holds('FROM example.com/team/base:1 AS app\nUSER www-data\n', users)).toBe(false);
    // Ubuntu's images have had a user `ubuntu` since 23.04, and so have the images built on them.
    for (const image of [
      'ubuntu:24.04',
      'ubuntu:noble',
      'ubuntu',
      'eclipse-temurin:25-jre',
      'mcr.microsoft.com/dotnet/aspnet:10.0',
      'maven:3.9-eclipse-temurin-21-noble',
    ])
      expect(holds(`FROM ${image} AS app\nUSER ubuntu\n`, users), image).toBe(true);
    for (const image of [
      'ubuntu:22.04',
      'eclipse-temurin:25-jre-alpine',
      'eclipse-temurin:21-jre-jammy',
      'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled',
      'mcr.microsoft.com/dotnet/aspnet:9.0',
      'debian:trixie-slim',
    ])
      expect(holds(`FROM ${image} AS app\nUSER ubuntu\n`, users), image).toBe(false);
    expect(holds('FROM ubuntu:22.04 AS app\nUSER www-data\n', users)).toBe(true);
    const runs: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['npm'] } };
    const build = 'FROM node:24 AS build\nWORKDIR /app\nRUN npm ci && npm run build\nFROM node:24-slim AS run\nWORKDIR /app\n';
    expect(holds(`${build}COPY --from=build --parents /app/./dist ./\nCMD ["node", "dist/index.js"]\n`, runs)).toBe(true);
  });

  test('final-runs-artifact: a --chmod without the execute bit, or unreadable to a non-root user, starts nothing', () => {
    const runs: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['go'] } };
    const build = 'FROM golang:1.25 AS build\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch AS run\n';
    expect(verdict(`${build}COPY --from=build --chmod=644 /out/app /app\nUSER 10001\nENTRYPOINT ["/app"]\n`, runs)).toMatch(
      /mode 644, with no execute bit/,
    );
    expect(verdict(`${build}COPY --from=build --chmod=600 /out/app /usr/local/bin/app\nENTRYPOINT ["app"]\n`, runs)).toMatch(
      /no execute bit/,
    );
    expect(holds(`${build}COPY --from=build --chmod=755 /out/app /app\nUSER 10001\nENTRYPOINT ["/app"]\n`, runs)).toBe(true);
    // A start script the Dockerfile writes itself runs the binary it names; without #! execve refuses it.
    const script = (shebang: string) =>
      `${build}COPY --from=build /out/app /usr/local/bin/app\nCOPY --chmod=0755 <<'EOF' /usr/local/bin/start.sh\n${shebang}set -eu\nexec /usr/local/bin/app "$@"\nEOF\nENTRYPOINT ["/usr/local/bin/start.sh"]\n`;
    expect(holds(script('#!/bin/sh\n'), runs)).toBe(true);
    expect(verdict(script(''), runs)).toMatch(/has no `#!` line/);
    // BuildKit puts ENV values into COPY's paths.
    expect(
      holds(`${build}ENV APP_BIN=/usr/local/bin/app\nCOPY --from=build /out/app \${APP_BIN}\nENTRYPOINT ["/usr/local/bin/app"]\n`, runs),
    ).toBe(true);
    expect(holds(`${build}COPY --from=build --chmod=0500 --chown=10001 /out/app /app\nUSER 10001\nENTRYPOINT ["/app"]\n`, runs)).toBe(true);
    const jar: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['mvn'] } };
    const mvn = 'FROM maven:3.9-eclipse-temurin-25 AS build\nWORKDIR /w\nRUN mvn -q package\nFROM eclipse-temurin:25-jre AS run\n';
    const copy = (flags: string) =>
      `${mvn}COPY --from=build ${flags} /w/target/app.jar /app/app.jar\nUSER 10001\nENTRYPOINT ["java", "-jar", "/app/app.jar"]\n`;
    expect(verdict(copy('--chmod=600'), jar)).toMatch(/mode 600 and no --chown, so only root may read it/);
    expect(holds(copy('--chmod=644'), jar)).toBe(true);
    expect(holds(copy('--chmod=600 --chown=10001'), jar)).toBe(true);
    // JVM options after `-jar FILE` are the program's arguments.
    const start = (argv: string) =>
      `${mvn}COPY --from=build /w/target/app.jar /app/app.jar\nCOPY agent.jar /app/agent.jar\nENTRYPOINT ${argv}\n`;
    expect(verdict(start('["java", "-jar", "/app/app.jar", "-javaagent:/app/agent.jar"]'), jar)).toMatch(
      /puts `-javaagent:\/app\/agent.jar` after `-jar`/,
    );
    expect(holds(start('["java", "-javaagent:/app/agent.jar", "-jar", "/app/app.jar", "--server.port=8080"]'), jar)).toBe(true);
  });

  test('java-runtime: the runtime must be at least the Java that compiled the jar (javaVersionOf reads the tags)', () => {
    for (const [image, version] of [
      ['eclipse-temurin:25-jre', 25],
      ['eclipse-temurin:21', 21],
      ['maven:3.9-eclipse-temurin-25-alpine', 25],
      ['gradle:8.10-jdk21-alpine', 21],
      ['gcr.io/distroless/java21-debian12:nonroot', 21],
      ['eclipse-temurin:8u402-b06-jre', 8],
      ['amazoncorretto:17-alpine', 17],
      ['maven:3.9', null],
    ] as const) {
      const model = buildModel(`FROM ${image} AS a\n`);
      expect(javaVersionOf(model, model.stages[0]!), image).toBe(version);
    }
    const goal: GoalCheck = { kind: 'java-runtime' };
    const build = 'FROM maven:3.9-eclipse-temurin-25 AS build\nWORKDIR /w\nRUN mvn -q package\n';
    expect(holds(`${build}FROM eclipse-temurin:25-jre AS run\nCOPY --from=build /w/target/app.jar /app.jar\n`, goal)).toBe(true);
    expect(verdict(`${build}FROM eclipse-temurin:21-jre AS run\nCOPY --from=build /w/target/app.jar /app.jar\n`, goal)).toMatch(
      /compiles with Java 25 .* runs Java 21/,
    );
    // A build that targets the older release says so on its command line.
    expect(
      holds(
        `${build.replace('mvn -q package', 'mvn -q package -Dmaven.compiler.release=21')}FROM eclipse-temurin:21-jre AS run\nCOPY --from=build /w/target/app.jar /app.jar\n`,
        goal,
      ),
    ).toBe(true);
  });

  test('build-has-dev-dependencies: the build must run where node_modules are (the folder or below it)', () => {
    const goal: GoalCheck = { kind: 'build-has-dev-dependencies', stage: { builds: ['npm'] } };
    const deps = 'FROM node:24 AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n';
    expect(holds(`${deps}FROM deps AS build\nCOPY . .\nRUN npm run build\n`, goal)).toBe(true);
    expect(holds(`${deps}FROM deps AS build\nCOPY . .\nWORKDIR /app/web\nRUN npm run build\n`, goal)).toBe(true);
    expect(verdict(`${deps}FROM deps AS build\nWORKDIR /src\nCOPY . .\nRUN npm run build\n`, goal)).toMatch(
      /runs in `\/src`, but the dependencies were installed in `\/app` \(line 4\)/,
    );
    expect(
      holds(`${deps}FROM node:24 AS build\nWORKDIR /src\nCOPY --from=deps /app/node_modules ./node_modules\nRUN npm run build\n`, goal),
    ).toBe(true);
  });

  test('build-has-dev-dependencies: a build whose stage holds only the manifests has nothing to build', () => {
    const goal: GoalCheck = { kind: 'build-has-dev-dependencies', stage: { builds: ['npm'] } };
    const deps = 'FROM node:24 AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n';
    expect(verdict(`${deps}FROM deps AS build\nRUN npm run build\n`, goal)).toMatch(
      /holds only the dependency manifests: no COPY before it brings the sources/,
    );
    // Sources by a bind mount, or copied in a later stage of the chain, are there.
    expect(holds(`${deps}FROM deps AS build\nRUN --mount=type=bind,source=src,target=src npm run build\n`, goal)).toBe(true);
    expect(holds(`${deps}FROM deps AS build\nCOPY src ./src\nRUN npm run build\n`, goal)).toBe(true);
  });

  test('copies-exist: go build -o /out into no folder writes a file /out; /opt/venv where the venv is /venv; a cargo --target-dir', () => {
    const goal: GoalCheck = { kind: 'copies-exist' };
    const go = (prep: string, out: string) =>
      `FROM golang:1.25 AS build\nWORKDIR /src\n${prep}RUN go build -o ${out} .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`;
    expect(verdict(go('', '/out'), goal)).toMatch(/writes it to `\/out`/);
    expect(holds(go('', '/out/'), goal)).toBe(true);
    expect(holds(go('', '/out/app'), goal)).toBe(true);
    expect(holds(go('RUN mkdir -p /out\n', '/out'), goal)).toBe(true);
    const venv = (made: string, copied: string) =>
      `FROM python:3.14-slim AS build\nRUN python -m venv ${made}\nFROM python:3.14-slim AS run\nCOPY --from=build ${copied} ${copied}\n`;
    expect(verdict(venv('/venv', '/opt/venv'), goal)).toMatch(/puts anything in `\/opt\/venv`/);
    expect(holds(venv('/opt/venv', '/opt/venv'), goal)).toBe(true);
    const env: GoalCheck = { kind: 'python-environment' };
    const pip = (install: string) =>
      `FROM python:3.14-slim AS build\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN ${install} flask\nFROM python:3.14-slim AS run\nCOPY --from=build /opt/venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nCMD ["flask", "run"]\n`;
    expect(verdict(pip('/usr/local/bin/pip install'), env)).toMatch(/names the image's own `\/usr\/local\/bin\/pip` by its path/);
    expect(holds(pip('pip install'), env)).toBe(true);
    expect(holds(pip('/opt/venv/bin/pip install'), env)).toBe(true);
    const cargo = 'FROM rust:1 AS build\nWORKDIR /src\nRUN cargo build --release --target-dir /cargo\nFROM debian:trixie-slim AS run\n';
    expect(verdict(`${cargo}COPY --from=build /src/target/release/app /app\n`, goal)).toMatch(/writes it to `\/cargo\/release\/<name>`/);
    expect(holds(`${cargo}COPY --from=build /cargo/release/app /app\n`, goal)).toBe(true);
    // A JavaScript build told `--outDir build` writes no dist.
    const web = (copied: string) =>
      `FROM node:24 AS web\nWORKDIR /web\nRUN npm ci && npm run build -- --outDir build\nFROM nginx:1.29-alpine AS run\nCOPY --from=web ${copied} /usr/share/nginx/html\n`;
    expect(verdict(web('/web/dist'), goal)).toMatch(/writes it to `\/web\/build\/<name>`/);
    expect(holds(web('/web/build'), goal)).toBe(true);
    expect(holds(web('/web/public'), goal)).toBe(true);
    // Spring Boot's `-Djarmode=tools extract --destination DIR` writes the jar and lib/ there.
    const extract = `FROM maven:3.9-eclipse-temurin-25 AS build\nWORKDIR /w\nRUN mvn -q package && java -Djarmode=tools -jar target/app-1.0.jar extract --destination /w/extracted\nFROM eclipse-temurin:25-jre AS run\nCOPY --from=build /w/extracted/app-1.0.jar /app/app.jar\n`;
    expect(holds(extract, goal)).toBe(true);
    // A jar renamed with mv is no longer at its old name.
    const mvn = (copied: string) =>
      `FROM maven:3.9-eclipse-temurin-25 AS build\nWORKDIR /w\nRUN mvn -q package && mv target/*.jar target/app.jar\nFROM eclipse-temurin:25-jre AS run\nCOPY --from=build ${copied} /app.jar\n`;
    expect(verdict(mvn('/w/target/billing-1.0.jar'), goal)).toMatch(/writes it to `\/w\/target\/app.jar`/);
    expect(holds(mvn('/w/target/app.jar'), goal)).toBe(true);
  });

  test('copies-exist: a path the source stage has no reason to hold fails; its work folder, outputs, and moves pass', () => {
    const goal: GoalCheck = { kind: 'copies-exist' };
    const py =
      'FROM python:3.14-slim AS build\nWORKDIR /app\nCOPY . .\nRUN pip install --prefix=/install .\nFROM python:3.14-slim AS run\n';
    expect(holds(`${py}COPY --from=build /app/scheduler /app/scheduler\n`, goal)).toBe(true);
    expect(holds(`${py}COPY --from=build /install /usr/local\n`, goal)).toBe(true);
    expect(holds(`${py}COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n`, goal)).toBe(true);
    expect(verdict(`${py}COPY --from=build /src/scheduler /app/scheduler\n`, goal)).toMatch(
      /nothing in `build` \(line 1\) or its base image puts anything in `\/src` \(it works in `\/app`\)/,
    );
    // A RUN that names the folder may make it.
    expect(holds(py.replace('RUN pip', 'RUN mkdir -p /src && pip') + 'COPY --from=build /src/x /x\n', goal)).toBe(true);
    // An image nobody lists may hold anything.
    expect(holds('FROM example.com/team/builder:1 AS build\nRUN make\nFROM alpine:3.23 AS run\nCOPY --from=build /src/x /x\n', goal)).toBe(
      true,
    );
    const go = 'FROM golang:1.27 AS build\nRUN go build -o /out/api .\nFROM scratch AS run\n';
    expect(verdict(`${go}COPY --from=build /go/bin/api /api\n`, goal)).toMatch(/the build in `build` writes it to `\/out\/api`/);
    expect(holds(`${go}COPY --from=build /go/pkg/mod/cache/x /x\n`, goal)).toBe(true);
    // A cache mount keeps what the RUN writes under it out of the stage; a cp out of it is fine.
    const cached = 'FROM rust:1 AS build\nWORKDIR /src\nRUN --mount=type=cache,target=/src/target cargo build --release';
    expect(verdict(`${cached}\nFROM debian:trixie-slim AS run\nCOPY --from=build /src/target/release/app /app\n`, goal)).toMatch(
      /under a cache mount/,
    );
    expect(
      holds(
        `${cached} && cp target/release/app /usr/local/bin/app\nFROM debian:trixie-slim AS run\nCOPY --from=build /usr/local/bin/app /app\n`,
        goal,
      ),
    ).toBe(true);
  });

  test('final-no-toolchain: a toolchain home copied from a toolchain stage ships the compiler', () => {
    const goal: GoalCheck = { kind: 'final-no-toolchain' };
    const build = 'FROM rust:1 AS build\nRUN cargo build --release\nFROM debian:trixie-slim AS run\n';
    expect(holds(`${build}COPY --from=build /target/release/app /app\n`, goal)).toBe(true);
    expect(verdict(`${build}COPY --from=build /usr/local/cargo /usr/local/cargo\n`, goal)).toMatch(/copies the Rust \(cargo\) toolchain/);
    expect(verdict(`${build}COPY --from=build /usr/local /usr/local\n`, goal)).toMatch(/toolchain into the final stage/);
    expect(verdict('FROM debian:trixie-slim AS run\nCOPY --from=golang:1.27 /usr/local/go /usr/local/go\n', goal)).toMatch(
      /the Go toolchain/,
    );
    // A tool `cargo install` put in cargo's bin/ is an artifact.
    expect(holds(`${build}COPY --from=build /usr/local/cargo/bin/sqlx /usr/local/bin/sqlx\n`, goal)).toBe(true);
    expect(verdict(`${build}COPY --from=build /usr/local/rustup/toolchains /opt/t\n`, goal)).toMatch(/Rust \(rustup\)/);
    // Cargo-installed tools from a stage on a plain image are not the toolchain image's.
    expect(
      holds(
        'FROM debian:trixie-slim AS tools\nRUN echo\nFROM debian:trixie-slim AS run\nCOPY --from=tools /usr/local/cargo/bin/x /x\n',
        goal,
      ),
    ).toBe(true);
  });

  test('python-environment: the packages are in the copied virtualenv, at its own path, for the same Python', () => {
    const goal: GoalCheck = { kind: 'python-environment' };
    const build = (from: string, venv: string) =>
      `FROM ${from} AS build\nRUN python -m venv /opt/venv\n${venv}COPY requirements.txt .\nRUN pip install -r requirements.txt\n`;
    const active = 'ENV PATH="/opt/venv/bin:$PATH"\n';
    const run = (copy: string) => `FROM python:3.14-slim AS run\n${copy}\nENV PATH="/opt/venv/bin:$PATH"\n`;
    expect(holds(build('python:3.14-slim', active) + run('COPY --from=build /opt/venv /opt/venv'), goal)).toBe(true);
    // The venv's own pip, or activate in the same RUN, install into it as well.
    expect(
      holds(
        build('python:3.14-slim', '').replace('RUN pip install', 'RUN /opt/venv/bin/pip install') +
          run('COPY --from=build /opt/venv /opt/venv'),
        goal,
      ),
    ).toBe(true);
    expect(
      holds(
        build('python:3.14-slim', '').replace('RUN pip install', 'RUN . /opt/venv/bin/activate && pip install') +
          run('COPY --from=build /opt/venv /opt/venv'),
        goal,
      ),
    ).toBe(true);
    // A --prefix install is no virtualenv: it may land elsewhere.
    expect(
      holds(
        'FROM python:3.14 AS build\nRUN pip install --prefix=/install -r requirements.txt\nFROM python:3.14-slim AS run\nCOPY --from=build /install /usr/local\n',
        goal,
      ),
    ).toBe(true);
    expect(verdict(build('python:3.14-slim', '') + run('COPY --from=build /opt/venv /opt/venv'), goal)).toMatch(
      /installs into `\/usr\/local`, not the virtualenv `\/opt\/venv` made on line 2/,
    );
    expect(verdict(build('python:3.14-slim', active) + run('COPY --from=build /opt/venv /venv'), goal)).toMatch(
      /moves the virtualenv `\/opt\/venv` to `\/venv`/,
    );
    expect(verdict(build('python:3.13-slim', active) + run('COPY --from=build /opt/venv /opt/venv'), goal)).toMatch(
      /installed for Python 3\.13 .* runs Python 3\.14/,
    );
    const wheels =
      'FROM python:3.14 AS build\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\nFROM python:3.14-slim AS run\nCOPY --from=build /wheels /wheels\n';
    expect(verdict(wheels, goal)).toMatch(/never installs them/);
    expect(holds(`${wheels}RUN pip install --no-index /wheels/*.whl\n`, goal)).toBe(true);
    const prefix = 'FROM python:3.14 AS build\nRUN pip install --prefix=/install -r requirements.txt\nFROM python:3.14-slim AS run\n';
    expect(verdict(`${prefix}COPY --from=build /install /usr\n`, goal)).toMatch(/interpreter lives in \/usr\/local/);
    const user =
      'FROM python:3.14 AS build\nRUN pip install --user -r requirements.txt\nFROM python:3.14-slim AS run\nCOPY --from=build /root/.local /root/.local\n';
    expect(holds(user, goal)).toBe(true);
    expect(verdict(`${user}USER 10001\n`, goal)).toMatch(/cannot read \/root/);
  });

  test('build-for-target-arch: a musl target must be added to the rust image, and not read off the build machine', () => {
    const goal: GoalCheck = { kind: 'build-for-target-arch', stage: { builds: ['cargo'] } };
    const build = (from: string, run: string) => `${from}\nWORKDIR /src\nRUN ${run}\n`;
    const musl = 'triple="$(uname -m)-unknown-linux-musl" && ';
    expect(holds(build('FROM rust:1 AS b', `${musl}rustup target add "$triple" && cargo build --release --target "$triple"`), goal)).toBe(
      true,
    );
    // Alpine's rust image is a musl host already.
    expect(holds(build('FROM rust:1-alpine AS b', `${musl}cargo build --release --target "$triple"`), goal)).toBe(true);
    expect(verdict(build('FROM rust:1 AS b', `${musl}cargo build --release --target "$triple"`), goal)).toMatch(
      /a target the rust image does not have: add it first with `rustup target add`/,
    );
    expect(
      verdict(
        build(
          'FROM --platform=$BUILDPLATFORM rust:1 AS b',
          `${musl}rustup target add "$triple" && cargo build --release --target "$triple"`,
        ),
        goal,
      ),
    ).toMatch(/builds for the build machine's architecture/);
  });

  test('build-uses-args wants Go to get the target as GOOS/GOARCH, however they are set', () => {
    const goal: GoalCheck = { kind: 'build-uses-args', stage: { builds: ['go'] }, names: ['TARGETOS', 'TARGETARCH'] };
    const head = 'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nARG TARGETOS TARGETARCH\n';
    expect(holds(`${head}RUN GOOS=$TARGETOS GOARCH=\${TARGETARCH} go build -o /out/a .\n`, goal)).toBe(true);
    expect(holds(`${head}ENV GOOS=$TARGETOS GOARCH=$TARGETARCH\nRUN go build -o /out/a .\n`, goal)).toBe(true);
    expect(holds(`${head}RUN export GOOS=$TARGETOS GOARCH=$TARGETARCH && go build -o /out/a .\n`, goal)).toBe(true);
    // In single quotes the shell passes the letters `$TARGETOS` on, not the value.
    expect(verdict(`${head}RUN GOOS='$TARGETOS' GOARCH='$TARGETARCH' go build -o /out/a .\n`, goal)).toMatch(
      /does not use `\$TARGETOS` and `\$TARGETARCH`/,
    );
    expect(holds(`${head}RUN GOOS="$TARGETOS" GOARCH="$TARGETARCH" go build -o /out/a .\n`, goal)).toBe(true);
    expect(verdict(`${head}RUN echo $TARGETOS $TARGETARCH && go build -o /out/a .\n`, goal)).toMatch(
      /gets no `GOOS` or `GOARCH` from `\$TARGETOS` and `\$TARGETARCH` \(the RUN names them only in another command\)/,
    );
    expect(verdict(`${head}RUN GOOS=$TARGETOS go build -o /out/a . && echo $TARGETARCH\n`, goal)).toMatch(
      /gets no `GOARCH` from `\$TARGETARCH`/,
    );
    expect(verdict(`${head}RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go vet ./... && go build -o /out/a .\n`, goal)).toMatch(
      /a `VAR=value` prefix before another command of the RUN sets them for that command only/,
    );
  });

  test('copies-built-path knows where any build writes its output, not only cargo', () => {
    const go: GoalCheck = { kind: 'copies-built-path', from: { builds: ['go'] } };
    const build = 'FROM golang:1.27 AS build\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /out/api .\nFROM scratch AS run\n';
    expect(holds(`${build}COPY --from=build /out/api /api\n`, go)).toBe(true);
    expect(holds(`${build}COPY --from=build /out/ /bin/\n`, go)).toBe(true);
    // Other files of the build stage are not the binary: CA certificates come along freely.
    expect(
      holds(`${build}COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/api /api\n`, go),
    ).toBe(true);
    expect(verdict(`${build}COPY --from=build /src/api /api\n`, go)).toMatch(
      /takes `\/src\/api`, but `go build -o \/out\/api \.` on line 3 writes it to `\/out\/api`/,
    );
    // Moved on by cp in the builder: that path exists.
    expect(
      holds(
        `${build.replace('-o /out/api .', '-o /out/api . && cp /out/api /usr/local/bin/api')}COPY --from=build /usr/local/bin/api /api\n`,
        go,
      ),
    ).toBe(true);
    const java: GoalCheck = { kind: 'copies-built-path', from: { builds: ['mvn'] } };
    const mvn = 'FROM maven:3.9-eclipse-temurin-25 AS build\nWORKDIR /w\nRUN mvn -q package\nFROM eclipse-temurin:25-jre AS run\n';
    expect(holds(`${mvn}COPY --from=build /w/target/app.jar /app.jar\n`, java)).toBe(true);
    expect(verdict(`${mvn}COPY --from=build /w/build/libs/app.jar /app.jar\n`, java)).toMatch(/writes it to `\/w\/target\/<name>\.jar`/);
  });

  test('final-runs-artifact: the start program must be on the final base, and a project file is not the app', () => {
    const goal: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['dotnet'] } };
    const build = 'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish App.csproj -c Release -o /out\n';
    expect(
      holds(
        `${build}FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS run\nWORKDIR /app\nCOPY --from=build /out .\nENTRYPOINT ["dotnet", "App.dll"]\n`,
        goal,
      ),
    ).toBe(true);
    expect(
      holds(
        `${build}FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS run\nWORKDIR /app\nCOPY --from=build /out .\nENTRYPOINT ["./App"]\n`,
        goal,
      ),
    ).toBe(true);
    expect(
      verdict(
        `${build}FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS run\nWORKDIR /app\nCOPY --from=build /out .\nENTRYPOINT ["dotnet", "App.dll"]\n`,
        goal,
      ),
    ).toMatch(/runs `dotnet`, which `mcr.microsoft.com\/dotnet\/runtime-deps:10.0` \(line 3\) does not have/);
    expect(
      verdict(
        `${build}FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS run\nWORKDIR /app\nCOPY --from=build /out .\nENTRYPOINT ["dotnet", "App.csproj"]\n`,
        goal,
      ),
    ).toMatch(/runs none of what/);
  });

  test("final-runs-artifact knows COPY copies a folder's contents, not the folder", () => {
    const goal: GoalCheck = { kind: 'final-runs-artifact', from: { builds: ['go'] } };
    const go = 'FROM golang:1.27 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch AS run\n';
    expect(holds(`${go}COPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`, goal)).toBe(true);
    expect(holds(`${go}COPY --from=build /out/ /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/app"]\n`, goal)).toBe(true);
    expect(verdict(`${go}COPY --from=build /out /app\nENTRYPOINT ["/app"]\n`, goal)).toMatch(
      /makes it a folder: .* the binary is at `\/app\/app`/,
    );
    const node = { kind: 'final-runs-artifact', from: { builds: ['npm'] } } as GoalCheck;
    const build = 'FROM node:24 AS build\nWORKDIR /app\nRUN npm ci && npm run build\nFROM node:24-slim AS run\nWORKDIR /app\n';
    expect(holds(`${build}COPY --from=build /app/dist ./dist\nCMD ["node", "dist/index.js"]\n`, node)).toBe(true);
    expect(holds(`${build}COPY --from=build /app/dist ./\nCMD ["node", "index.js"]\n`, node)).toBe(true);
    expect(verdict(`${build}COPY --from=build /app/dist ./\nCMD ["node", "dist/index.js"]\n`, node)).toMatch(
      /contents, not the folder, so that file is at `\/app\/index.js`/,
    );
  });

  test('final-copies-from counts a RUN --mount of the builder, and names only the other stages when it fails', () => {
    const goal: GoalCheck = { kind: 'final-copies-from', from: { runs: ['pip wheel', 'pip install'] } };
    const build = 'FROM python:3.14-slim AS wheels\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n';
    expect(
      holds(`${build}FROM python:3.14-slim AS app\nRUN --mount=from=wheels,source=/wheels,target=/w pip install /w/*.whl\n`, goal),
    ).toBe(true);
    const why = verdict(`${build}FROM python:3.14-slim AS app\nRUN pip install flask\n`, goal);
    expect(why).toMatch(/copies nothing from `wheels` \(line 1\)/);
    expect(why).not.toMatch(/`app`/);
  });

  test('final-installs-all counts what the base image ships (distroless base and cc have libssl, static only CA certificates)', () => {
    const goal: GoalCheck = { kind: 'final-installs-all', packages: [['libssl3', 'libssl3t64'], 'ca-certificates'] };
    expect(holds('FROM gcr.io/distroless/cc-debian13:nonroot AS app\n', goal)).toBe(true);
    expect(holds('FROM gcr.io/distroless/base-debian12 AS app\n', goal)).toBe(true);
    expect(holds('FROM gcr.io/distroless/base-nossl-debian13 AS app\n', goal)).toBe(false);
    expect(holds('FROM gcr.io/distroless/static-debian13 AS app\n', goal)).toBe(false);
    expect(holds('FROM debian:trixie-slim AS app\n', goal)).toBe(false);
  });

  test('final-installs-none and -all look through the chain and honour removals', () => {
    const text = lines('FROM alpine:3.19 AS base', 'RUN apk add --no-cache libpq gcc', 'FROM base AS f');
    expect(holds(text, { kind: 'final-installs-none', buildTools: true })).toBe(false);
    expect(holds(text, { kind: 'final-installs-all', packages: [['libpq5', 'libpq']] })).toBe(true);
    const removed = lines('FROM alpine:3.19 AS f', 'RUN apk add --no-cache --virtual .build gcc musl-dev && make && apk del .build');
    expect(holds(removed, { kind: 'final-installs-none', buildTools: true })).toBe(true);
  });

  test('dependency-installs counts installs with dev dependencies across stages', () => {
    const goal: GoalCheck = { kind: 'dependency-installs', tool: 'npm', includesDev: true, max: 1 };
    expect(holds(lines('FROM node:20 AS a', 'RUN npm ci', 'FROM node:20-slim AS b', 'RUN npm ci --omit=dev'), goal)).toBe(true);
    expect(holds(lines('FROM node:20 AS a', 'RUN npm ci', 'FROM node:20 AS b', 'RUN npm install'), goal)).toBe(false);
  });

  test('an unknown goal kind is an error, not a silent pass', () => {
    expect(() => goalHolds(buildModel('FROM alpine:3.19 AS a\n'), { kind: 'made-up' } as unknown as GoalCheck)).toThrow(
      /unknown goal kind/,
    );
  });
});

describe('checkAnswer', () => {
  const exercise = { goals: [{ id: 'named', description: 'Every stage has a name', kind: 'stages-named' as const }] };

  test('info findings do not block a pass; warnings do', () => {
    const info = '# syntax=docker/dockerfile:1\nFROM node:20-slim AS app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\n';
    const result = checkAnswer(exercise, info);
    expect(result.findings.map((f) => f.severity)).toEqual(['info']);
    expect(result.passed).toBe(true);
    const warning = checkAnswer(exercise, info.replace('USER node\n', ''));
    expect(warning.findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(warning.passed).toBe(false);
    expect(warning.goals).toEqual([{ id: 'named', description: 'Every stage has a name', passed: true, status: 'passed' }]);
  });
});

test('static-build reads ENV in force at the build, not one set after it', () => {
  const text = lines(
    'FROM golang:1.22 AS b',
    'RUN go build -o /out/app .',
    'ENV CGO_ENABLED=0',
    'FROM scratch AS f',
    'COPY --from=b /out/app /app',
  );
  expect(holds(text, { kind: 'static-build', stage: { builds: ['go'] } })).toBe(false);
});

describe('goals that build on others wait instead of failing', () => {
  const exercise = {
    goals: [
      {
        id: 'copies',
        description: 'The final stage copies the binary from the builder',
        kind: 'final-copies-from' as const,
        from: { builds: ['go'] },
        once: 'the binary is copied',
      },
      {
        id: 'runs',
        description: 'The entrypoint still starts the copied binary',
        kind: 'final-runs-artifact' as const,
        from: { builds: ['go'] },
        after: ['copies'],
      },
    ],
  };
  const build = ['FROM golang:1.22 AS b', 'RUN CGO_ENABLED=0 go build -o /out/app .'];

  test('while the copy is missing, the start-command goal waits, saying for what', () => {
    const result = checkAnswer(exercise, lines(...build, 'FROM alpine:3.20 AS f', 'ENTRYPOINT ["/app"]'));
    expect(result.goals.map((g) => g.status)).toEqual(['failed', 'waiting']);
    expect(result.goals[0]!.message).toMatch(/The final stage \(line 3\) copies nothing from `b` \(line 1\)/);
    expect(result.goals[1]).toMatchObject({ passed: false, message: 'once the binary is copied', waitingFor: ['copies'] });
    expect(result.passed).toBe(false);
  });

  test('once the copy is there, the goal is judged on its own', () => {
    const result = checkAnswer(exercise, lines(...build, 'FROM alpine:3.20 AS f', 'COPY --from=b /out/app /app', 'ENTRYPOINT ["/bin/sh"]'));
    expect(result.goals.map((g) => g.status)).toEqual(['passed', 'failed']);
    expect(result.goals[1]!.message).toMatch(/`\/bin\/sh` \(line 5\) runs none of what the copy on line 4 put in place \(`\/app`\)/);
  });
});

test('an end-of-life base (MS023) is shown but never blocks a pass; other warnings do', () => {
  const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } };
  expect(blocksPass({ rule: 'MS023', name: 'end-of-life-base', severity: 'warning', message: 'x', span: at })).toBe(false);
  expect(blocksPass({ rule: 'MS015', name: 'final-stage-runs-as-root', severity: 'warning', message: 'x', span: at })).toBe(true);
  expect(blocksPass({ rule: 'MS001', name: 'missing-syntax-directive', severity: 'info', message: 'x', span: at })).toBe(false);
});
