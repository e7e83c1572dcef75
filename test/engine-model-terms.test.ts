// The spec's terms (rules.md, "Terms used below") as the stage model reads them.
import { describe, expect, it } from 'vitest';
import { buildModel, chain, lint, stageByName, variableAt } from '../src/engine';

const stage = (run: string) => buildModel(`FROM alpine:3.19 AS a\n${run}\n`).stages[0]!;
const builds = (run: string) => stage(run).builds.map((b) => b.tool);
const deps = (run: string) => stage(run).dependencyInstalls.map((d) => `${d.tool}${d.includesDev ? '+dev' : ''}`);

describe('build commands', () => {
  it('knows every build command of the spec', () => {
    const cases: [string, string][] = [
      ['go build ./...', 'go'],
      ['go install ./cmd/x', 'go'],
      ['cargo build --release', 'cargo'],
      ['cargo install --path .', 'cargo'],
      ['rustc main.rs', 'rustc'],
      ['gcc -o app main.c', 'gcc'],
      ['g++ -o app main.cpp', 'g++'],
      ['clang main.c', 'clang'],
      ['make -j4', 'make'],
      ['cmake --build build', 'cmake'],
      ['mvn -B package -DskipTests', 'mvn'],
      ['./mvnw verify', 'mvn'],
      ['gradle --no-daemon bootJar', 'gradle'],
      ['./gradlew assemble', 'gradle'],
      ['npm run build', 'npm'],
      ['yarn run build', 'yarn'],
      ['pnpm run build', 'pnpm'],
      ['yarn build', 'yarn'],
      ['pnpm build', 'pnpm'],
      ['tsc -p .', 'tsc'],
      ['dotnet publish -c Release', 'dotnet'],
      ['dotnet build', 'dotnet'],
      ['javac Main.java', 'javac'],
    ];
    for (const [command, tool] of cases) expect(builds(`RUN ${command}`), command).toEqual([tool]);
  });

  it('counts a command only where a command starts, never as an argument', () => {
    expect(builds('RUN apk add make')).toEqual([]);
    expect(builds('RUN apt-get install -y gcc make cmake')).toEqual([]);
    expect(builds('RUN echo make && xargs make < list')).toEqual([]);
    expect(builds('RUN cmake -S . -B build')).toEqual([]);
    expect(builds('RUN npm run lint')).toEqual([]);
    expect(builds('RUN apk add make && make')).toEqual(['make']);
    for (const run of [
      'RUN true; make',
      'RUN true || make',
      'RUN true | make',
      'RUN true &&\\\n  make',
      'RUN CC=clang CFLAGS=-O2 make',
      'RUN if [ -f Makefile ]; then make; fi',
    ]) {
      expect(builds(run), run).toEqual(['make']);
    }
  });

  it('reads sh -c scripts, exec form and heredocs', () => {
    expect(builds("RUN sh -c 'cd src && make'")).toEqual(['make']);
    expect(builds('RUN bash -lc "go build ./..."')).toEqual(['go']);
    expect(builds('RUN ["make", "all"]')).toEqual(['make']);
    expect(builds('RUN ["/bin/sh", "-c", "go mod download && go build ./..."]')).toEqual(['go']);
    expect(builds('RUN <<EOF\nset -e\ncargo build --release\nEOF')).toEqual(['cargo']);
    // A heredoc fed to another program is that program's input, not shell commands.
    expect(builds('RUN python3 <<EOF\nmake = 1\nEOF')).toEqual([]);
  });
});

describe('build tools', () => {
  // MS012 names the build tools a single stage installs: the spec's list, nothing else.
  const named = (run: string) =>
    lint(`FROM debian:12-slim AS a\n${run}\n`)
      .findings.find((f) => f.rule === 'MS012')
      ?.message.match(/build tools \(([^)]*)\)/)?.[1];

  it('knows the packages of the spec, through every package manager', () => {
    const tools =
      'gcc g++ clang make cmake build-essential autoconf automake libtool pkg-config libc6-dev linux-headers libpq-dev openssl-devel golang rust cargo openjdk-17-jdk maven gradle';
    expect(named(`RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates ${tools}`)).toBe(
      tools.split(' ').join(', '),
    );
    expect(named('RUN apk add --no-cache --virtual .build-deps build-base musl-dev pkgconf libc-dev go openjdk17-jdk tzdata')).toBe(
      'build-base, musl-dev, pkgconf, libc-dev, go, openjdk17-jdk',
    );
    for (const manager of ['yum install -y', 'dnf install -y', 'microdnf install', 'zypper install -y', 'apt install -y']) {
      expect(named(`RUN ${manager} gcc`), manager).toBe('gcc');
    }
  });

  it('does not take runtime packages or option values for build tools', () => {
    expect(named('RUN apt-get install -y -o Dpkg::Options::=--force-confnew curl libpq5 openjdk-17-jre')).toBeUndefined();
    expect(named('RUN apk add --no-cache --repository make tini')).toBeUndefined();
  });
});

describe('dependency installs', () => {
  it('knows every dependency install of the spec', () => {
    const cases: [string, string][] = [
      ['go mod download', 'go'],
      ['npm ci', 'npm+dev'],
      ['npm install', 'npm+dev'],
      ['yarn install --frozen-lockfile', 'yarn+dev'],
      ['pnpm install', 'pnpm+dev'],
      ['pip install --no-cache-dir -r requirements.txt', 'pip'],
      ['poetry install --no-root', 'poetry'],
      ['bundle install', 'bundle'],
      ['cargo fetch', 'cargo'],
      ['mvn dependency:go-offline', 'mvn'],
      ['dotnet restore', 'dotnet'],
      ['composer install --no-dev', 'composer'],
    ];
    for (const [command, tool] of cases) expect(deps(`RUN ${command}`), command).toEqual([tool]);
  });

  it('tells production installs apart, flags with values included', () => {
    for (const run of [
      'npm ci --omit=dev',
      'npm ci --omit dev',
      'npm install --omit dev',
      'npm install --production',
      'yarn install --production',
      'pnpm install --prod',
      'NODE_ENV=production npm ci',
    ]) {
      expect(deps(`RUN ${run}`), run).toEqual([run.includes('yarn') ? 'yarn' : run.includes('pnpm') ? 'pnpm' : 'npm']);
    }
    // Adding one package is not installing the project's dependencies.
    expect(deps('RUN npm install -g pm2')).toEqual([]);
    expect(deps('RUN pip install gunicorn')).toEqual([]);
  });

  it('sees NODE_ENV set by ENV or ARG, in the stage or a stage it is built FROM', () => {
    expect(deps('ENV NODE_ENV=production\nRUN npm ci')).toEqual(['npm']);
    expect(deps('ARG NODE_ENV=production\nRUN npm ci')).toEqual(['npm']);
    for (const setting of ['ENV NODE_ENV=production', 'ARG NODE_ENV=production']) {
      const model = buildModel(`FROM node:20-slim AS base\n${setting}\nFROM base AS b\nRUN npm ci\n`);
      expect(
        model.stages[1]!.dependencyInstalls.map((d) => d.includesDev),
        setting,
      ).toEqual([false]);
    }
  });
});

describe('stage references', () => {
  it('resolves a duplicated name to the last stage of that name', () => {
    const model = buildModel('FROM alpine:3.19 AS build\nFROM alpine:3.19 AS build\nFROM alpine:3.19 AS run\nCOPY --from=build /a /a\n');
    expect(model.stages[2]!.copies[0]!.from!.target).toEqual({ kind: 'stage', stage: 1 });
    expect(stageByName(model, 'BUILD')!.index).toBe(1);
  });

  it('matches --from in any case, FROM only in lower case', () => {
    const model = buildModel('FROM alpine:3.19 AS Builder\nFROM builder AS a\nFROM Builder AS b\nCOPY --from=BUILDER /x /x\n');
    expect(model.stages[1]!.parent).toBe(0);
    expect(model.stages[2]!.base.kind).toBe('image');
    expect(model.stages[2]!.copies[0]!.from!.target).toEqual({ kind: 'stage', stage: 0 });
  });

  it('walks a chain from the stage to its root', () => {
    const model = buildModel('FROM alpine:3.19 AS base\nFROM base AS build\nFROM build AS final\n');
    expect(chain(model, model.stages[2]!).map((s) => s.name)).toEqual(['final', 'build', 'base']);
  });
});

describe('variableAt', () => {
  const model = buildModel(`FROM golang:1.22 AS base
ARG CGO_ENABLED=1
ENV GOFLAGS=-mod=vendor

FROM base AS build
RUN go env
ENV CGO_ENABLED=0
RUN go build .
ARG GOFLAGS=-trimpath
RUN go vet
`);
  const build = model.stages[1]!;
  const run = (n: number) => build.instructions.filter((i) => i.keyword === 'RUN')[n]!;

  it('sees ARG and ENV through the chain, as of the instruction', () => {
    expect(variableAt(model, build, run(0), 'CGO_ENABLED')).toBe('1');
    expect(variableAt(model, build, run(1), 'CGO_ENABLED')).toBe('0');
    expect(variableAt(model, build, run(0), 'MISSING')).toBeUndefined();
  });

  it('lets ENV win over an ARG of the same name', () => {
    expect(variableAt(model, build, run(2), 'GOFLAGS')).toBe('-mod=vendor');
  });
});

describe('files as Docker reads them', () => {
  it('reads CRLF and # escape= files with the same stages and spans', () => {
    const unix = 'FROM golang:1.22 AS build\nRUN go build \\\n  -o /app .\nFROM alpine:3.19 AS run\nCOPY --from=build /app /app\n';
    const crlf = unix.replace(/\n/g, '\r\n');
    const escaped = `# escape=\`\n${unix.replace('\\\n', '`\n')}`;
    const shape = (text: string, shift = 0) =>
      lint(text).findings.map(
        (f) => `${f.rule}@${f.span.start.line - shift}:${f.span.start.column}-${f.span.end.line - shift}:${f.span.end.column}`,
      );
    expect(shape(crlf)).toEqual(shape(unix));
    expect(shape(escaped, 1).filter((s) => !s.startsWith('MS001'))).toEqual(shape(unix).filter((s) => !s.startsWith('MS001')));
    expect(buildModel(escaped).stages[0]!.builds.map((b) => b.command.argv)).toEqual([['go', 'build', '-o', '/app', '.']]);
  });
});

describe('test runs', () => {
  const tests = (run: string) => stage(run).tests.map((c) => c.argv.join(' '));
  it('counts a run whose failure fails the build, not one whose failure is ignored', () => {
    expect(tests('RUN pytest -q')).toEqual(['pytest -q']);
    expect(tests('RUN python -m pytest tests/')).toEqual(['python -m pytest tests/']);
    expect(tests('RUN pytest -q || true')).toEqual([]);
    expect(stage('RUN pytest -q || true').ignoredTests.map((c) => c.argv.join(' '))).toEqual(['pytest -q']);
    expect(tests('RUN go test ./... || echo "some tests failed"')).toEqual([]);
  });
  it('does not count pytest options that list or print instead of running', () => {
    for (const run of ['pytest --collect-only -q', 'pytest --co', 'python -m pytest --version'])
      expect(tests(`RUN ${run}`), run).toEqual([]);
  });
  it('counts the runners that run the tests for another: coverage, Django, node --run and node --test', () => {
    for (const run of [
      'coverage run --source=scheduler -m pytest -q',
      'python -m coverage run -m pytest',
      'coverage run manage.py test',
      'python manage.py test',
      'node --run test',
      'node --test',
    ])
      expect(tests(`RUN ${run}`), run).toEqual([run]);
    for (const run of ['coverage report', 'coverage run app.py', 'python manage.py migrate', 'node --run start'])
      expect(tests(`RUN ${run}`), run).toEqual([]);
  });
  it('counts the status of a heredoc script, a pipe and a SHELL with pipefail as sh does', () => {
    expect(tests('RUN <<EOF\npytest -q\necho done\nEOF')).toEqual([]);
    expect(tests('RUN <<EOF\nset -e\npytest -q\necho done\nEOF')).toEqual(['pytest -q']);
    expect(tests('RUN pytest -q | tee report.txt')).toEqual([]);
    expect(stage('SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN pytest -q | tee report.txt').tests.map((c) => c.argv.join(' '))).toEqual(
      ['pytest -q'],
    );
  });
});

describe('build runs', () => {
  const builds = (run: string) => stage(`RUN ${run}`).builds.map((b) => b.tool);
  it('counts cargo zigbuild and node --run build; a version query builds nothing', () => {
    expect(builds('cargo zigbuild --release --target x86_64-unknown-linux-musl')).toEqual(['cargo']);
    expect(builds('node --run build')).toEqual(['npm']);
    expect(builds('rustc --version --verbose')).toEqual([]);
    expect(builds('rustc --verbose main.rs')).toEqual(['rustc']);
  });
});
