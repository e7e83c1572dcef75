// The facts layer: a table of Dockerfiles, each fact asserted once; then lint, `check` goals,
// `tree --dockerfile` and `graph` asked the same question of the same file must agree.
import { describe, expect, it } from 'vitest';
import { buildModel, lint } from '../src/engine';
import * as facts from '../src/engine/facts';
import { stageGraph } from '../src/engine/graph';
import { contextFor } from '../src/engine/lint';
import { parseImage } from '../src/engine/image';
import { detect } from '../src/content';
import { goalHolds } from '../src/exercises/goals';
import type { Stage, StageModel } from '../src/engine/types';

const stage = (model: StageModel, name: string): Stage => model.stages.find((s) => s.name === name)!;
const rules = (text: string, target?: string) => lint(text, target ? { target } : {}).findings.map((f) => f.rule);

const GO_ENV_W = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
RUN go env -w CGO_ENABLED=0
COPY . .
RUN go build -o /out/app .

FROM scratch AS runtime
COPY --from=build /out/app /app
USER 65534
ENTRYPOINT ["/app"]
`;

const DUPLICATES = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
RUN go build -o /out/a .
FROM alpine:3.20 AS build
RUN echo second > /x
FROM alpine:3.20 AS runtime
COPY --from=build /x /x
USER 65534
`;

describe('facts: stages', () => {
  const model = buildModel(DUPLICATES);
  it('a duplicated name means its last stage, for --from, --target and FROM', () => {
    expect(facts.stageNamed(model, 'BUILD', 'copy')?.index).toBe(1);
    expect(facts.stageNamed(model, 'build', 'target')?.index).toBe(1);
    expect(facts.finalStage(model, 'build')?.index).toBe(1);
    expect(facts.finalStage(model)?.index).toBe(2);
  });
  it('FROM matches only the lowercase spelling; --from any case', () => {
    const m = buildModel('FROM alpine:3.20 AS builder\nFROM Builder AS a\nFROM builder AS b\nCOPY --from=BUILDER /x /x\n');
    expect(m.stages[1]!.base.kind).toBe('image');
    expect(m.stages[2]!.parent).toBe(0);
    expect(m.stages[2]!.copies[0]!.from!.target).toEqual({ kind: 'stage', stage: 0 });
  });
  it('chain, dependencies and waves', () => {
    const m = buildModel('FROM alpine:3.20 AS a\nFROM a AS b\nFROM alpine:3.20 AS c\nFROM b AS d\nCOPY --from=c /x /x\n');
    expect(facts.chain(m, m.stages[3]!).map((s) => s.name)).toEqual(['d', 'b', 'a']);
    expect([...facts.dependencies(m, m.stages[3]!)].sort()).toEqual([0, 1, 2, 3]);
    expect(facts.buildWaves(m, m.stages[3]!)).toEqual([[0, 2], [1], [3]]);
  });
});

describe('facts: image names and the one image table', () => {
  it.each([
    ['docker.io/library/golang:1.22', 'golang'],
    ['index.docker.io/library/node:20', 'node'],
    ['mirror.gcr.io/library/python:3.12', 'python'],
    ['registry.example.com/library/python:3.12', 'python'],
    ['arm64v8/alpine:3.20', 'alpine'],
    ['ppc64le/golang:1.22', 'golang'],
    ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12'],
  ])('%s is classified as %s', (raw, name) => {
    expect(parseImage(raw, new Map()).name).toBe(name);
  });
  it('a variable with no default is empty, as in BuildKit; quotes in a default go', () => {
    const m = buildModel('ARG BASE_PREFIX\nARG V\nFROM ${BASE_PREFIX}golang:1.26 AS a\nFROM ${V:-"node"}:20 AS b\n');
    expect(m.stages[0]!.base.kind === 'image' && m.stages[0]!.base.image.name).toBe('golang');
    expect(m.stages[1]!.base.kind === 'image' && m.stages[1]!.base.image.name).toBe('node');
  });
  it.each([
    ['golang:1.22-alpine', { toolchain: true, libc: 'musl' }],
    ['rust:1.77', { toolchain: true, libc: 'glibc' }],
    ['buildpack-deps:bookworm-curl', { toolchain: false }],
    ['buildpack-deps:bookworm', { toolchain: true }],
    ['gcr.io/distroless/static-debian12:nonroot', { libc: 'none', nonrootByDefault: true }],
    ['gcr.io/distroless/cc-debian12', { family: 'distroless-cc', libc: 'glibc' }],
    ['gcr.io/distroless/java21-debian12', { variant: 'jre' }],
    ['mcr.microsoft.com/dotnet/runtime:8.0', { variant: 'runtime' }],
    ['mcr.microsoft.com/dotnet/aspnet:8.0', { variant: 'aspnet' }],
    ['cgr.dev/chainguard/static', { libc: 'none', chainguard: true }],
    ['nginxinc/nginx-unprivileged:1.27-alpine', { nonrootByDefault: true, webServer: true }],
    ['eclipse-temurin:21', { variant: 'jdk', toolchain: true }],
  ])('%s', (raw, expected) => {
    expect(facts.classifyImage(parseImage(raw, new Map()))).toMatchObject(expected);
  });
});

describe('facts: packages', () => {
  it('a removal counts only in the RUN of the install', () => {
    const m = buildModel(`FROM debian:12-slim AS a
RUN apt-get install -y gcc make && make && apt-get purge -y make
RUN apt-get purge -y gcc
RUN apk add --virtual .deps musl-dev && apk del .deps
`);
    const held = facts.heldPackages(m, m.stages[0]!);
    expect(held.map((p) => p.pkg)).toEqual(['gcc']);
    expect(held[0]!.removedLater?.instruction.span.start.line).toBe(3);
  });
  it('-dev means headers; browser channels and buildpack-deps -curl are not build tools', () => {
    expect(facts.isBuildToolPackage('libssl-dev')).toBe(true);
    expect(facts.isBuildToolPackage('microsoft-edge-dev')).toBe(false);
    expect(facts.isBuildToolPackage('google-chrome-dev')).toBe(false);
  });
});

describe('facts: builds', () => {
  it.each([
    ['ENV', 'FROM golang:1.22 AS b\nENV CGO_ENABLED=0\nRUN go build -o /out/x .\n', true],
    ['ARG default', 'FROM golang:1.22 AS b\nARG CGO_ENABLED=0\nRUN go build -o /out/x .\n', true],
    ['inline', 'FROM golang:1.22 AS b\nRUN CGO_ENABLED=0 go build -o /out/x .\n', true],
    ['go env -w earlier', 'FROM golang:1.22 AS b\nRUN go env -w CGO_ENABLED=0\nRUN go build -o /out/x .\n', true],
    ['go env -w in the parent', 'FROM golang:1.22 AS a\nRUN go env -w CGO_ENABLED=0\nFROM a AS b\nRUN go build -o /out/x .\n', true],
    ['unset', 'FROM golang:1.22 AS b\nRUN go build -o /out/x .\n', false],
  ])('Go static with CGO_ENABLED from %s', (_how, text, expected) => {
    const m = buildModel(text);
    expect(facts.buildsThrough(m, m.stages.at(-1)!)[0]!.static).toBe(expected);
  });
  it('artifact paths: go -o against the WORKDIR, cargo --target, dotnet publish -o, maven and gradle jars', () => {
    const m = buildModel(`FROM golang:1.22 AS go
WORKDIR /src
RUN go build -o bin/app ./cmd/app
FROM rust:1.77 AS rs
WORKDIR /w
RUN cargo build --release --target x86_64-unknown-linux-musl
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS net
WORKDIR /src
RUN dotnet publish -c Release -o /app
FROM maven:3.9 AS mvn
WORKDIR /p
RUN mvn -q package
FROM gradle:8.8-jdk21 AS gr
WORKDIR /home/gradle/project
RUN gradle bootJar
`);
    const artifacts = (name: string) => facts.buildsInStage(m, stage(m, name)).flatMap((b) => b.artifacts);
    expect(artifacts('go')).toEqual(['/src/bin/app']);
    expect(artifacts('rs')).toEqual(['/w/target/x86_64-unknown-linux-musl/release/*']);
    expect(facts.buildsInStage(m, stage(m, 'rs'))[0]!.static).toBe(true);
    expect(artifacts('net')).toEqual(['/app/*']);
    expect(artifacts('mvn')).toEqual(['/p/target/*.jar', '/p/target/*.war']);
    expect(artifacts('gr')).toEqual(['/home/gradle/project/build/libs/*.jar']);
  });
});

describe('facts: dependency installs and node_modules', () => {
  it('npm ci needs the lockfile copied before it', () => {
    const m = buildModel('FROM node:20 AS a\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\n');
    expect(facts.missingInputs(m, m.stages[0]!).map((x) => x.file)).toEqual(['package-lock.json']);
    const ok = buildModel('FROM node:20 AS a\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n');
    expect(facts.missingInputs(ok, ok.stages[0]!)).toEqual([]);
  });
  it('a prune counts where it runs; stages built FROM the pruned one inherit production modules', () => {
    const m = buildModel(`FROM node:20 AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci && npm prune --omit=dev
FROM deps AS build
RUN npm run build
FROM node:20-slim AS runtime
COPY --from=deps /app/node_modules /app/node_modules
`);
    const build = stage(m, 'build');
    expect(facts.nodeModulesAt(m, build, build.commands[0]!).state).toBe('production');
    expect(facts.nodeModulesAt(m, stage(m, 'runtime')).state).toBe('production');
  });
});

describe('facts: users', () => {
  it('USER before the useradd that creates it: the user does not exist yet', () => {
    const m = buildModel('FROM debian:12-slim AS a\nUSER app\nRUN useradd -r app\n');
    expect(facts.userSettings(m, m.stages[0]!)[0]!.exists).toBe('later');
    expect(facts.userInForce(m, m.stages[0]!).exists).toBe(false);
  });
  it.each([
    ['FROM node:20-slim AS a\nUSER node\n', true],
    ['FROM gcr.io/distroless/static-debian12 AS a\nUSER nonroot\n', true],
    ['FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS a\nUSER app\n', true],
    ['FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS a\nUSER $APP_UID\n', null],
    ['FROM alpine:3.20 AS a\nUSER 10001\n', true],
    ['FROM scratch AS a\nUSER nobody\n', false],
  ])('%j: exists %s', (text, exists) => {
    const m = buildModel(text);
    expect(facts.userInForce(m, m.stages[0]!).exists).toBe(exists);
  });
});

describe('facts: copies and what a stage holds', () => {
  const m = buildModel(`FROM scratch AS agent
ADD https://example.com/a.jar /otel/agent.jar
FROM node:20 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM nginx:1.27 AS web
COPY --from=build /app /srv
COPY --from=build / /all
COPY --from=agent /otel/agent.jar /agent.jar
`);
  const copies = facts.copiesInStage(m, stage(m, 'web'));
  it('what each copy carries', () => {
    expect(copies.map((c) => c.carries)).toEqual(['source-tree', 'whole-stage', 'path']);
  });
  it('a scratch chain holds exactly what was copied in', () => {
    const agent = stage(m, 'agent');
    expect(facts.stageHoldings(m, agent)).toMatchObject({ complete: true, paths: ['/otel/agent.jar'] });
    expect(facts.stageMayHold(m, agent, '/otel/agent.jar')).toBe(true);
    expect(facts.stageMayHold(m, agent, '/otel')).toBe(true);
    expect(facts.stageMayHold(m, agent, '/app/orders.jar')).toBe(false);
  });
});

// The same question asked through every reader gives one answer.
describe('one answer whoever asks', () => {
  it('go env -w CGO_ENABLED=0 in its own RUN onto scratch: lint clean, goal holds, tree says static', () => {
    expect(rules(GO_ENV_W)).toEqual([]);
    const model = buildModel(GO_ENV_W);
    expect(goalHolds(model, { kind: 'static-build', stage: { builds: ['go'] } })).toBe(true);
    expect(detect('static-binary', model)).toMatchObject({ answer: 'yes', line: 4 });
    expect(detect('libc', model)).toMatchObject({ answer: 'glibc' });
  });

  it('cgo left on onto scratch: lint warns (MS019), the goal fails, tree says not static', () => {
    const text = GO_ENV_W.replace('RUN go env -w CGO_ENABLED=0\n', '');
    expect(rules(text)).toContain('MS019');
    const model = buildModel(text);
    expect(goalHolds(model, { kind: 'static-build', stage: { builds: ['go'] } })).toBe(false);
    expect(detect('static-binary', model)?.answer).toBe('no');
  });

  it('duplicate stage names: graph --target and lint --target judge the same (last) stage', () => {
    const model = buildModel(DUPLICATES);
    const graph = stageGraph(model, 'build');
    expect(graph.final).toBe(contextFor(model, 'build').final!.index);
    expect(graph.final).toBe(1);
    expect([...graph.built]).toEqual([...facts.dependencies(model, model.stages[1]!)]);
  });

  it('a heavy final base: lint (MS011) and the tree agree, from the one image table', () => {
    const text =
      'FROM golang:1.22-alpine AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM golang:1.22-alpine AS runtime\nCOPY --from=build /out/app /app\nUSER 65534\n';
    expect(rules(text)).toContain('MS011');
    expect(detect('final-over-500mb', buildModel(text))?.answer).toBe('yes');
  });

  it('build tools removed in a later RUN: lint (MS008), the goal and the tree all see them', () => {
    const text = `FROM golang:1.22 AS build
RUN CGO_ENABLED=0 go build -o /out/app .
FROM debian:12-slim AS runtime
RUN apt-get update && apt-get install -y gcc
RUN apt-get purge -y gcc
COPY --from=build /out/app /app
USER 65534
`;
    expect(rules(text)).toContain('MS008');
    const model = buildModel(text);
    expect(goalHolds(model, { kind: 'final-installs-none', buildTools: true })).toBe(false);
    expect(detect('build-tools-or-dev-deps', model)?.answer).toBe('yes');
  });
});

describe('machine-readable tree and graph (cli.md)', async () => {
  const { run: tree } = await import('../src/cli/commands/tree');
  const { run: graph } = await import('../src/cli/commands/graph');
  const { fakeIO, workspace } = await import('./cli-helpers');

  it('tree --format json: answers from the Dockerfile with their lines, the next question, no result yet', async () => {
    const ws = workspace({ Dockerfile: GO_ENV_W });
    try {
      const io = fakeIO({ cwd: ws.dir });
      expect(await tree(['final-base', '--dockerfile', 'Dockerfile', '--format', 'json'], io)).toBe(0);
      const json = JSON.parse(io.out());
      expect(json.tree).toBe('final-base');
      expect(
        json.answers.map((a: { node: string; answer: string; from: string; line: number }) => [a.node, a.answer, a.from, a.line]),
      ).toEqual([
        ['runtime', 'no', 'dockerfile', 6],
        ['static', 'yes', 'dockerfile', 4],
      ]);
      expect(json.next).toMatchObject({ node: 'static-shell', answers: ['yes', 'no'] });
      expect(json.result).toBeNull();
      const done = fakeIO({ cwd: ws.dir });
      await tree(['final-base', '--dockerfile', 'Dockerfile', '--answers', 'no', '--format', 'json'], done);
      const leaf = JSON.parse(done.out());
      expect(leaf.next).toBeNull();
      expect(leaf.result).toMatchObject({ id: expect.any(String), title: expect.any(String), sections: [expect.any(String)] });
    } finally {
      ws.done();
    }
  });

  it('graph --format json: stages, parents, dependencies, what is built and shipped, the waves', async () => {
    const ws = workspace({ Dockerfile: DUPLICATES });
    try {
      const io = fakeIO({ cwd: ws.dir });
      expect(await graph(['Dockerfile', '--target', 'build', '--format', 'json'], io)).toBe(0);
      const json = JSON.parse(io.out());
      expect(json).toMatchObject({ file: 'Dockerfile', target: 'build', waves: [[1]] });
      expect(
        json.stages.map(
          (s: { index: number; base: string; parent: number | null; dependsOn: number[]; built: boolean; ships: boolean }) => [
            s.index,
            s.base,
            s.parent,
            s.dependsOn,
            s.built,
            s.ships,
          ],
        ),
      ).toEqual([
        [0, 'golang:1.22', null, [], false, false],
        [1, 'alpine:3.20', null, [], true, true],
        [2, 'alpine:3.20', null, [1], false, false],
      ]);
      await expect(graph(['Dockerfile', '--format', 'yaml'], fakeIO({ cwd: ws.dir }))).rejects.toThrow(
        /--format must be one of text, json/,
      );
    } finally {
      ws.done();
    }
  });
});

describe('index-breaks after lint --fix', async () => {
  const { fixText } = await import('../src/engine');
  const { readFileSync } = await import('node:fs');
  it('the fix names the stage index 0 names today, and MS025 then says the path is not there and who writes it', () => {
    const start = readFileSync(new URL('../exercises/index-breaks/start.Dockerfile', import.meta.url), 'utf8');
    const fixed = fixText(start).text;
    expect(fixed).toContain('COPY --from=otel-agent /home/gradle/project/build/libs/orders.jar');
    const found = lint(fixed).findings.filter((f) => f.rule === 'MS025');
    expect(found.map((f) => f.message)).toEqual([
      "'/home/gradle/project/build/libs/orders.jar' is not in stage 'otel-agent', so the build fails: it holds only /otel/opentelemetry-javaagent.jar; 'build' writes /home/gradle/project/build/libs/orders.jar",
    ]);
  });
});

describe('startNotOnPath: a bare program name runs only from PATH', () => {
  const BUILD = 'FROM golang:1.27 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
  const judge = (final: string) => {
    const model = buildModel(`${BUILD}${final}`);
    const stage = model.stages.at(-1)!;
    return facts.startNotOnPath(model, stage, facts.copiesInto(model, stage));
  };
  it('names a built binary copied outside PATH and run by its bare name', () => {
    expect(judge('FROM alpine:3.23 AS run\nCOPY --from=build /out/app /app\nENTRYPOINT ["app"]\n')).toEqual({ name: 'app', at: '/app' });
    expect(judge('FROM alpine:3.23 AS run\nWORKDIR /srv\nCOPY --from=build /out/app ./\nCMD ["app"]\n')).toEqual({
      name: 'app',
      at: '/srv/app',
    });
  });
  it('leaves a name on PATH: a bin folder, an ENV PATH (trailing slash too), a link or move, a shell, a folder copy', () => {
    expect(judge('FROM alpine:3.23 AS run\nCOPY --from=build /out/app /usr/local/bin/app\nENTRYPOINT ["app"]\n')).toBeNull();
    expect(
      judge('FROM alpine:3.23 AS run\nENV PATH="${PATH}:/srv/"\nCOPY --from=build /out/app /srv/app\nENTRYPOINT ["app"]\n'),
    ).toBeNull();
    expect(
      judge('FROM alpine:3.23 AS run\nCOPY --from=build /out/app /srv/app\nRUN ln -s /srv/app /usr/local/bin/app\nENTRYPOINT ["app"]\n'),
    ).toBeNull();
    expect(
      judge('FROM alpine:3.23 AS run\nCOPY --from=build /out/app /srv/app\nENTRYPOINT ["sh", "-c", "cd /srv && exec ./app"]\n'),
    ).toBeNull();
    expect(judge('FROM alpine:3.23 AS run\nCOPY --from=build /out /opt/app\nENTRYPOINT ["app"]\n')).toBeNull();
  });
});

describe('build-uses-args: go env -w in an earlier RUN', () => {
  it("counts GOOS and GOARCH written to Go's env file before the build", () => {
    const text =
      'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nARG TARGETOS TARGETARCH\nRUN go env -w GOOS=$TARGETOS GOARCH=$TARGETARCH\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n';
    const goal = { kind: 'build-uses-args', stage: { builds: ['go'] }, names: ['TARGETOS', 'TARGETARCH'] } as const;
    expect(goalHolds(buildModel(text), goal as never)).toBe(true);
    expect(
      goalHolds(
        buildModel(text.replace('RUN go env -w GOOS=$TARGETOS GOARCH=$TARGETARCH\n', 'RUN echo $TARGETOS $TARGETARCH\n')),
        goal as never,
      ),
    ).toBe(false);
  });
});

describe('test runs by Gradle task path', () => {
  it('sees gradle :app:test and ./gradlew check as test runs, and a build as none', () => {
    const tests = (run: string) => buildModel(`FROM gradle:9-jdk25 AS t\nRUN ${run}\n`).stages[0]!.tests.length;
    expect(tests('gradle :app:test --no-daemon')).toBe(1);
    expect(tests('./gradlew check')).toBe(1);
    expect(tests('gradle build -x test')).toBe(0);
  });
});

describe('groups: USER name:group and COPY --chown', () => {
  const judge = (text: string, group: string | null) => {
    const model = buildModel(text);
    return facts.missingGroup(model, model.stages.at(-1)!, group);
  };
  it('knows the groups Debian and Alpine ship, and those a RUN may make', () => {
    expect(judge('FROM debian:trixie-slim AS run\nUSER nobody:nobody\n', 'nobody')).toBe(true);
    expect(judge('FROM debian:trixie-slim AS run\nUSER nobody:nogroup\n', 'nogroup')).toBe(false);
    expect(judge('FROM alpine:3.23 AS run\nUSER nobody:nobody\n', 'nobody')).toBe(false);
    expect(judge('FROM node:24-slim AS run\nUSER node:node\n', 'node')).toBe(false);
    expect(judge('FROM debian:trixie-slim AS run\nRUN useradd app\nUSER app:app\n', 'app')).toBe(false);
    expect(judge('FROM debian:trixie-slim AS run\nUSER app:staffx\n', 'staffx')).toBe(true);
    expect(judge('FROM myorg/base:1 AS run\nUSER app:staffx\n', 'staffx')).toBe(false);
    expect(judge('FROM debian:trixie-slim AS run\nUSER 1000:1000\n', '1000')).toBe(false);
  });
  it('a --chown user must exist when the COPY runs', () => {
    const model = buildModel('FROM debian:trixie-slim AS run\nCOPY --chown=app a /a\nRUN useradd app\nCOPY --chown=app b /b\n');
    const stage = model.stages[0]!;
    const [first, second] = stage.copies.map((c) => c.instruction);
    expect(facts.missingChownUser(model, stage, 'app', first!)).toBe(true);
    expect(facts.missingChownUser(model, stage, 'app', second!)).toBe(false);
  });
});

describe('startCommandRuns: a Java class path', () => {
  it('runs what the -cp entries hold, and nothing else', () => {
    const text = (cp: string) =>
      `FROM maven:3.9-eclipse-temurin-25 AS build\nRUN mvn package\nFROM eclipse-temurin:25-jre AS run\nCOPY --from=build /w/target/dependency/BOOT-INF/lib /app/lib\nCOPY --from=build /w/target/dependency/BOOT-INF/classes /app\nENTRYPOINT ["java", "-cp", "${cp}", "com.example.Main"]\n`;
    const runs = (cp: string) => {
      const model = buildModel(text(cp));
      const stage = model.stages[1]!;
      return facts.startCommandRuns(
        model,
        stage,
        facts.copiesInto(model, stage).flatMap((c) => c.landing),
      );
    };
    expect(runs('app:app/lib/*')).toBe(true);
    expect(runs('/opt/other:/opt/other/lib/*')).toBe(false);
  });
});

describe('groups a user creation does not make', () => {
  const judge = (text: string, group: string) => {
    const model = buildModel(text);
    return facts.missingGroup(model, model.stages.at(-1)!, group);
  };
  it('BusyBox adduser -S and Debian adduser --system put the user in nogroup; useradd -N makes no group', () => {
    expect(judge('FROM eclipse-temurin:25-jre-alpine AS run\nRUN adduser -S -u 10001 app\nUSER app:app\n', 'app')).toBe(true);
    expect(judge('FROM eclipse-temurin:25-jre-alpine AS run\nRUN addgroup -S app && adduser -S -G app app\nUSER app:app\n', 'app')).toBe(
      false,
    );
    expect(judge('FROM alpine:3.23 AS run\nRUN adduser -D app\nUSER app:app\n', 'app')).toBe(false);
    expect(judge('FROM python:3.14-slim AS run\nRUN adduser --system --uid 10001 app\nUSER app:app\n', 'app')).toBe(true);
    expect(judge('FROM python:3.14-slim AS run\nRUN adduser --system --group app\nUSER app:app\n', 'app')).toBe(false);
    expect(judge('FROM python:3.14-slim AS run\nRUN useradd -N app\nUSER app:app\n', 'app')).toBe(true);
    expect(judge('FROM python:3.14-slim AS run\nRUN useradd app\nUSER app:app\n', 'app')).toBe(false);
    // Images of other distributions keep their own groups: not judged.
    expect(judge('FROM mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0 AS run\nUSER app:staffx\n', 'staffx')).toBe(false);
  });
});
