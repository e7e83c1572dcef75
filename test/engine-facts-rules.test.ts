// The rules that read the facts layer, each with a table of files that must and must not fire:
// expected ranges (line:column-endLine:endColumn) and the words the message must hold.
import { describe, expect, it } from 'vitest';
import { lint, ruleById } from '../src/engine';

interface Case {
  name: string;
  text: string;
  /** Expected findings of the rule: `line:col-line:col` and a message part. Empty: valid. */
  expected: [range: string, message: string][];
  target?: string;
}

const range = (f: { span: { start: { line: number; column: number }; end: { line: number; column: number } } }) =>
  `${f.span.start.line}:${f.span.start.column}-${f.span.end.line}:${f.span.end.column}`;

function table(id: string, cases: Case[]) {
  describe(`${id} ${ruleById(id)!.name}`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = lint(c.text, c.target ? { target: c.target } : {}).findings.filter((f) => f.rule === id);
      expect(found.map(range)).toEqual(c.expected.map(([r]) => r));
      c.expected.forEach(([, message], i) => expect(found[i]!.message).toContain(message));
    });
  });
}

const GO_BUILD = 'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';

table('MS008', [
  {
    name: 'build tools kept in the final stage of a multi-stage file',
    text: `${GO_BUILD}FROM debian:12-slim AS run\nRUN apt-get install -y gcc libssl-dev\n`,
    expected: [['4:1-4:38', 'build tools gcc, libssl-dev']],
  },
  {
    name: 'installs in the branches of one RUN are one finding',
    text: `${GO_BUILD}FROM debian:12-slim AS run\nRUN if [ -n "$X" ]; then apt-get install -y gcc; else apt-get install -y gcc make; fi\n`,
    expected: [['4:1-4:86', 'build tools gcc, make']],
  },
  {
    name: 'removed in a later RUN still ships',
    text: `${GO_BUILD}FROM debian:12-slim AS run\nRUN apt-get install -y gcc\nRUN apt-get purge -y gcc\n`,
    expected: [['4:1-4:27', 'build tools gcc']],
  },
  {
    name: 'removed in the same RUN does not',
    text: `${GO_BUILD}FROM debian:12-slim AS run\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n`,
    expected: [],
  },
  { name: 'a single-stage file is MS012 alone', text: 'FROM debian:12-slim\nRUN apt-get install -y gcc\n', expected: [] },
  {
    name: 'microsoft-edge-dev is a browser channel',
    text: `${GO_BUILD}FROM debian:12-slim AS run\nRUN apt-get install -y microsoft-edge-dev\n`,
    expected: [],
  },
]);

table('MS009', [
  {
    name: 'npm options before or between the words of a build',
    text: `${GO_BUILD}FROM node:24 AS run\nRUN npm --prefix web run build && npm run --silent build\n`,
    expected: [['4:1-4:57', "'npm --prefix web' builds in the shipped stage"]],
  },
  {
    name: 'a build in the final stage',
    text: `${GO_BUILD}FROM golang:1.22 AS run\nRUN go build -o /app .\n`,
    expected: [['4:1-4:23', "'go build -o' builds in the shipped stage"]],
  },
  {
    name: 'through the chain',
    text: `${GO_BUILD}FROM build AS run\n`,
    expected: [['2:1-2:41', "in 'build', which the final stage builds on"]],
  },
  { name: 'single stage is MS012 alone', text: 'FROM golang:1.22\nRUN go build -o /app .\n', expected: [] },
]);

table('MS011', [
  { name: 'golang alpine is still a toolchain', text: 'FROM golang:1.22-alpine AS run\n', expected: [['1:6-1:24', 'a full Go SDK image']] },
  { name: 'rust with any tag', text: 'FROM rust:1.77-slim AS run\n', expected: [['1:6-1:20', 'full Rust SDK image']] },
  // The lighter tag of the image's own release, never another release (no downgrade from node:26).
  {
    name: 'node:26 is told node:26-slim',
    text: 'FROM node:26.3.0 AS run\n',
    expected: [['1:6-1:17', 'run on node:26-slim (the same release']],
  },
  { name: 'python:3.12 is told python:3.12-slim', text: 'FROM python:3.12 AS run\n', expected: [['1:6-1:17', 'run on python:3.12-slim']] },
  {
    name: 'Temurin 17 is told its JRE',
    text: 'FROM eclipse-temurin:17-jdk AS run\n',
    expected: [['1:6-1:28', 'run on eclipse-temurin:17-jre']],
  },
  {
    name: 'a Windows toolchain image is told to ship on nanoserver, not on a Linux base',
    text: 'FROM golang:1.26-nanoserver-ltsc2022 AS run\n',
    expected: [['1:6-1:37', 'onto mcr.microsoft.com/windows/nanoserver']],
  },
  {
    name: 'a variable with no default expands to nothing',
    text: 'ARG PREFIX\nFROM ${PREFIX}golang:1.26 AS run\n',
    expected: [['2:6-2:26', 'golang:1.26']],
  },
  {
    name: 'through a Hub mirror',
    text: 'FROM mirror.gcr.io/library/node:24 AS run\n',
    expected: [['1:6-1:35', 'run on node:24-slim (80 MB)']],
  },
  { name: 'buildpack-deps -curl holds no compiler', text: 'FROM buildpack-deps:bookworm-curl AS run\n', expected: [] },
  { name: 'a slim runtime', text: 'FROM python:3.12-slim AS run\n', expected: [] },
]);

table('MS012', [
  { name: 'a build in the only stage', text: 'FROM golang:1.22\nRUN go build -o /app .\n', expected: [['2:1-2:23', "runs 'go build'"]] },
  // Maven's options come before its goals: the message names the goals, not `mvn -B`.
  {
    name: 'a Maven build named by its goals',
    text: 'FROM maven:3.9\nRUN mvn -B -q clean package\n',
    expected: [['2:1-2:28', "runs 'mvn clean package'"]],
  },
  {
    name: 'a build whose RUN then purges everything it installed (apt-mark auto, purge --auto-remove)',
    text: 'FROM debian:13-slim\nRUN saved="$(apt-mark showmanual)" && apt-get update && apt-get install -y devscripts equivs && mk-build-deps --install && (cd /src && make) && apt-mark showmanual | xargs apt-mark auto && apt-mark manual $saved && apt-get purge -y --auto-remove\n',
    expected: [],
  },
  {
    name: 'the purge takes only what the RUN installed: a toolchain base image stays',
    text: 'FROM gcc:14\nRUN apt-get update && apt-get install -y libfoo && make && apt-mark showmanual | xargs apt-mark auto && apt-get purge -y --auto-remove\n',
    expected: [['2:1-2:135', "runs 'make'"]],
  },
  {
    name: 'a compiler asked for its version builds nothing',
    text: 'FROM eclipse-temurin:25-jdk\nRUN javac --version && rustc -V; gcc -dumpmachine; rustc --print sysroot; make -v\n',
    expected: [],
  },
  {
    name: 'xx-clang asked for its target builds nothing',
    text: 'FROM debian:13\nRUN xx-clang --print-target-triple && xx-clang --setup-target-triple\n',
    expected: [],
  },
  { name: 'make with a flag still builds', text: 'FROM debian:13\nRUN make -j4\n', expected: [['2:1-2:13', "runs 'make -j4'"]] },
  {
    name: 'build tools installed, used and removed in one RUN',
    text: 'FROM alpine:3.20\nRUN apk add --virtual .b gcc make && make && apk del .b\n',
    expected: [],
  },
  {
    // The shell splits an unquoted $VAR into words: the packages are what the ENV or ARG holds.
    name: 'build tools named by a variable (ENV with blanks, quoted ARG) are seen',
    text: 'FROM debian:12-slim\nENV DEPS gcc make\nARG MORE="g++ pkg-config"\nRUN apt-get install -y $DEPS ${MORE} curl\n',
    expected: [['4:1-4:42', 'installs build tools (gcc, make, g++, pkg-config)']],
  },
  {
    name: 'build tools named by a shell variable of the same RUN and removed there',
    text: 'FROM alpine:3.20\nRUN buildDeps="g++ make" && apk add --virtual .b $buildDeps && make && apk del .b\nRUN deps=\'gcc\' && apk add $deps && make && apk del $deps\n',
    expected: [],
  },
  {
    name: 'build tools named by a variable and removed by it in the same RUN',
    text: 'FROM alpine:3.20\nARG DEPS="gcc make"\nRUN apk add --virtual .b $DEPS && make && apk del .b\nRUN apk add $DEPS && make && apk del $DEPS\n',
    expected: [],
  },
  {
    name: 'removed in a later RUN',
    text: 'FROM alpine:3.20\nRUN apk add gcc\nRUN apk del gcc\n',
    expected: [['2:1-2:16', 'installs build tools (gcc)']],
  },
]);

const NODE_DEPS = 'FROM node:20 AS deps\nWORKDIR /app\nCOPY package*.json ./\n';
table('MS013', [
  {
    name: 'dev install in the final stage',
    text: `${NODE_DEPS}RUN npm ci\n`,
    expected: [['4:1-4:11', "'npm ci' installs the devDependencies"]],
  },
  { name: 'pruned after', text: `${NODE_DEPS}RUN npm ci && npm run build && npm prune --omit=dev\n`, expected: [] },
  {
    name: 'pruned under NODE_ENV=production (npm omits dev then)',
    text: `${NODE_DEPS}RUN npm ci && NODE_ENV=production npm prune\n`,
    expected: [],
  },
  {
    name: 'pruned with ENV NODE_ENV=production set before',
    text: `${NODE_DEPS}RUN npm ci\nENV NODE_ENV=production\nRUN npm prune\n`,
    expected: [],
  },
  {
    name: 'options before the command (npm --prefix web ci) still install',
    text: `${NODE_DEPS}RUN npm --prefix web ci\n`,
    expected: [['4:1-4:24', 'installs the devDependencies package.json lists']],
  },
  // docker-node's images check the yarn they ship this way: it prints and installs nothing.
  { name: 'yarn --version and yarn -v only print', text: `${NODE_DEPS}RUN yarn --version && yarn -v\n`, expected: [] },
  {
    name: 'a bare yarn with a flag installs',
    text: `${NODE_DEPS}RUN yarn --frozen-lockfile\n`,
    expected: [['4:1-4:27', "'yarn --frozen-lockfile' installs the devDependencies"]],
  },
  {
    name: 'a prune before a later install does not clear it',
    text: `${NODE_DEPS}RUN npm prune --omit=dev\nRUN npm ci\n`,
    expected: [['5:1-5:11', 'npm ci']],
  },
  {
    name: 'node_modules copied from a dev install',
    text: `${NODE_DEPS}RUN npm ci\nFROM node:20-slim AS run\nCOPY --from=deps /app/node_modules /app/node_modules\n`,
    expected: [['6:1-6:53', 'copies node_modules with the devDependencies']],
  },
  {
    name: 'a generated client inside node_modules is not the packages',
    text: `${NODE_DEPS}RUN npm ci\nFROM node:20-slim AS run\nCOPY --from=deps /app/node_modules/.prisma /app/node_modules/.prisma\n`,
    expected: [],
  },
]);

table('MS018', [
  { name: 'not declared', text: 'FROM alpine:3.20 AS a\nRUN echo $TARGETARCH\n', expected: [['2:10-2:21', 'ARG TARGETARCH']] },
  {
    name: 'inherited from the parent stage',
    text: 'FROM alpine:3.20 AS a\nARG TARGETARCH\nFROM a AS b\nRUN echo ${TARGETARCH}\n',
    expected: [],
  },
  {
    name: 'declared after use',
    text: 'FROM alpine:3.20 AS a\nRUN echo ${TARGETOS:-linux}\nARG TARGETOS\n',
    expected: [['2:10-2:28', 'ARG TARGETOS']],
  },
]);

const CGO = 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\n';
table('MS019', [
  {
    name: 'cgo on, scratch',
    text: `${CGO}FROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [['4:1-4:32', 'has no libc at all']],
  },
  {
    name: 'go env -w CGO_ENABLED=0 in an earlier RUN',
    text: `FROM golang:1.22 AS build\nRUN go env -w CGO_ENABLED=0\nRUN go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [],
  },
  {
    name: 'glibc builder, Alpine runtime',
    text: `${CGO}FROM alpine:3.20 AS run\nCOPY --from=build /out/app /app\n`,
    expected: [['4:1-4:32', 'musl instead of glibc']],
  },
  {
    name: 'musl builder, Alpine runtime',
    text: `FROM golang:1.22-alpine AS build\nRUN go build -o /out/app .\nFROM alpine:3.20 AS run\nCOPY --from=build /out/app /app\n`,
    expected: [],
  },
  {
    name: 'a golang Alpine builder has no C compiler, so Go (1.20 and later) turns cgo off',
    text: `FROM golang:1.26-alpine AS build\nRUN go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [],
  },
  {
    name: 'a golang Alpine builder that installs gcc builds with cgo on',
    text: `FROM golang:1.26-alpine AS build\nRUN apk add --no-cache gcc musl-dev\nRUN go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [['5:1-5:32', 'has no libc at all']],
  },
  {
    name: 'alpine-sdk brings gcc, the C compiler Go looks for; clang alone (without CC) does not',
    text: `FROM golang:1.26-alpine AS build\nRUN apk add --no-cache alpine-sdk\nRUN go build -o /out/app .\nFROM golang:1.26-alpine AS other\nRUN apk add --no-cache clang\nRUN go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\nCOPY --from=other /out/app /app2\n`,
    expected: [['8:1-8:32', 'has no libc at all']],
  },
  {
    name: 'an inline CGO_ENABLED=${CGO_ENABLED} takes the ENV value (openfaas)',
    text: `FROM golang:1.24 AS build\nENV CGO_ENABLED=0\nRUN CGO_ENABLED=\${CGO_ENABLED} go build -o /out/app .\nFROM alpine:3.22 AS run\nCOPY --from=build /out/app /app\n`,
    expected: [],
  },
  {
    name: 'CC=clang in the RUN names a compiler: cgo stays on',
    text: `FROM golang:1.26-alpine AS build\nRUN apk add --no-cache clang && CC=clang go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [['4:1-4:32', 'has no libc at all']],
  },
  {
    name: 'before Go 1.20 cgo stayed on without a compiler',
    text: `FROM golang:1.19-alpine AS build\nRUN go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [['4:1-4:32', 'has no libc at all']],
  },
  {
    name: 'xx-verify --static in the same RUN fails the build unless the binary is static',
    text: `FROM golang:1.26 AS build\nRUN go build -o /out/app . && xx-verify --static /out/app\nFROM scratch AS run\nCOPY --from=build /out/app /app\n`,
    expected: [],
  },
  {
    name: 'distroless base has glibc',
    text: `${CGO}FROM gcr.io/distroless/base-debian12 AS run\nCOPY --from=build /out/app /app\n`,
    expected: [],
  },
]);

table('MS022', [
  {
    name: 'relative path from a stage with a WORKDIR',
    text: 'FROM node:20 AS b\nWORKDIR /app\nRUN x\nFROM nginx:1.27 AS w\nCOPY --from=b dist /srv\n',
    expected: [['5:15-5:19', "write '/app/dist'"]],
  },
  { name: 'absolute path', text: 'FROM node:20 AS b\nWORKDIR /app\nFROM nginx:1.27 AS w\nCOPY --from=b /app/dist /srv\n', expected: [] },
]);

table('MS024', [
  {
    name: 'a global ARG read in a stage',
    text: 'ARG VERSION=1.2\nFROM alpine:3.20 AS a\nRUN echo $VERSION\n',
    expected: [['3:10-3:18', "add 'ARG VERSION'"]],
  },
  { name: 'declared again', text: 'ARG VERSION=1.2\nFROM alpine:3.20 AS a\nARG VERSION\nRUN echo ${VERSION}\n', expected: [] },
  {
    name: 'declared in the parent stage',
    text: 'ARG VERSION=1.2\nFROM alpine:3.20 AS a\nARG VERSION\nFROM a AS b\nRUN echo $VERSION\n',
    expected: [],
  },
  { name: 'used in FROM only', text: 'ARG VERSION=3.20\nFROM alpine:${VERSION} AS a\n', expected: [] },
  // Single quotes keep `$arch` from the shell: it is R's list access, no variable at all.
  { name: 'inside single quotes', text: "ARG arch=x\nFROM alpine:3.20 AS a\nRUN R -q -e 'cat(R.Version()$arch)'\n", expected: [] },
  {
    name: 'in double quotes, after an apostrophe inside them, and on a continued line after a closed quote',
    text: `ARG V=1\nFROM alpine:3.20 AS a\nRUN echo "it's $V" && echo 'x' \\\n  $V\n`,
    expected: [['3:16-3:18', "add 'ARG V'"]],
  },
  { name: 'platform ARGs are MS018s', text: 'ARG TARGETARCH\nFROM alpine:3.20 AS a\nRUN echo $TARGETARCH\n', expected: [] },
  {
    name: 'a name the base image sets',
    text: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION} AS a\nRUN echo $NODE_VERSION\n',
    expected: [],
  },
]);

const AGENT = 'FROM scratch AS agent\nADD https://example.com/a.jar /otel/agent.jar\n';
table('MS025', [
  {
    name: 'a scratch stage asked for what another stage built',
    text: `${AGENT}FROM gradle:8.8-jdk21 AS build\nWORKDIR /p\nRUN gradle bootJar\nFROM eclipse-temurin:21-jre AS run\nCOPY --from=agent /p/build/libs/orders.jar /app.jar\n`,
    expected: [['7:19-7:43', "holds only /otel/agent.jar; 'build' writes /p/build/libs/orders.jar"]],
  },
  {
    name: 'the path the scratch stage holds',
    text: `${AGENT}FROM alpine:3.20 AS run\nCOPY --from=agent /otel/agent.jar /a.jar\n`,
    expected: [],
  },
  { name: 'its folder', text: `${AGENT}FROM alpine:3.20 AS run\nCOPY --from=agent /otel/ /o/\n`, expected: [] },
  {
    name: 'an output folder only the build writes',
    text: 'FROM golang:1.22 AS build\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /out/server .\nFROM scratch AS run\nCOPY --from=build /out/app /app\n',
    expected: [['5:19-5:27', "'/out/app' is not in stage 'build'"]],
  },
  {
    name: 'what the build wrote there',
    text: 'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /out/server .\nFROM scratch AS run\nCOPY --from=build /out/server /app\n',
    expected: [],
  },
  {
    name: 'another RUN writes to the folder: unprovable',
    text: 'FROM golang:1.22 AS build\nRUN go build -o /out/server . && cp config.yaml /out/\nFROM scratch AS run\nCOPY --from=build /out/config.yaml /c\n',
    expected: [],
  },
  { name: 'a glob', text: `${AGENT}FROM alpine:3.20 AS run\nCOPY --from=agent /x/*.jar /a/\n`, expected: [] },
]);
