// `tree --dockerfile`: which questions the stage model answers, with which line, and which it leaves.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/engine';
import { detect, loadTree, walkWithDockerfile } from '../src/content';

const GO_STATIC = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM scratch AS runtime
COPY --from=build /out/app /app
USER 65534
`;

const GO_ENV = `FROM golang:1.22-alpine AS build
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /out/app .
FROM alpine:3.19 AS runtime
COPY --from=build /out/app /app
`;

const GO_CGO = GO_STATIC.replace('CGO_ENABLED=0 ', '');

const RUST_MUSL = `FROM rust:1.77 AS build
WORKDIR /src
COPY . .
RUN cargo build --release --target x86_64-unknown-linux-musl
FROM scratch AS runtime
COPY --from=build /src/target/x86_64-unknown-linux-musl/release/app /app
`;

const NODE = `FROM node:20 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM node:20-slim AS runtime
COPY --from=build /app/dist /app/dist
`;

const SITE = `FROM node:20 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM nginx:1.25-alpine AS runtime
COPY --from=build /app/dist /usr/share/nginx/html
`;

const PYTHON_SINGLE = `FROM python:3.12
WORKDIR /app
COPY . .
CMD ["python", "app.py"]
`;

const DOTNET = `FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /out
FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS runtime
COPY --from=build /out /app
`;

const TOOLS = `FROM debian:bookworm-slim AS app
RUN apt-get update && apt-get install -y gcc make
COPY run.sh /run.sh
`;

const model = (text: string) => buildModel(text);

describe('detectors', () => {
  it('reads the language from the build command or the final base, with its line', () => {
    expect(detect('language', model(GO_STATIC))).toMatchObject({ answer: 'go', line: 5 });
    expect(detect('language', model(RUST_MUSL))).toMatchObject({ answer: 'rust', line: 4 });
    expect(detect('language', model(NODE))).toMatchObject({ answer: 'node', line: 5 });
    expect(detect('language', model(SITE))).toMatchObject({ answer: 'static-site', line: 5 });
    expect(detect('language', model(PYTHON_SINGLE))).toMatchObject({ answer: 'python', line: 1 });
    expect(detect('language', model(DOTNET))).toMatchObject({ answer: 'dotnet' });
    expect(detect('language', model(TOOLS))).toBeNull();
  });

  it('reads the language of the program the final stage starts, not of a front end it serves', () => {
    // A Node front end built first, a Go server second; the image runs the server.
    const both = `FROM node:24-slim AS web
WORKDIR /web
RUN npm ci && npm run build
FROM golang:1.27 AS server
RUN CGO_ENABLED=0 go build -o /out/portal ./cmd/portal
FROM alpine:3.23
COPY --from=web /web/dist /srv/www
COPY --from=server /out/portal /usr/local/bin/portal
ENTRYPOINT ["/usr/local/bin/portal", "--static", "/srv/www"]
`;
    expect(detect('language', model(both))).toMatchObject({ answer: 'go', line: 5 });
    expect(detect('static-binary', model(both))).toMatchObject({ answer: 'yes' });
    // A bare program name: found where the copy put it.
    expect(detect('language', model(both.replace('["/usr/local/bin/portal"', '["portal"')))).toMatchObject({ answer: 'go' });
  });

  it('tells a static Go binary from a cgo one, wherever CGO_ENABLED=0 is set', () => {
    expect(detect('static-binary', model(GO_STATIC))).toMatchObject({ answer: 'yes', line: 5 });
    expect(detect('static-binary', model(GO_ENV))).toMatchObject({ answer: 'yes', line: 2 });
    expect(detect('static-binary', model(GO_CGO))).toMatchObject({ answer: 'no', line: 5 });
    expect(detect('static-binary', model(RUST_MUSL))).toMatchObject({ answer: 'yes' });
    expect(detect('static-binary', model(RUST_MUSL.replace(' --target x86_64-unknown-linux-musl', '')))).toMatchObject({ answer: 'no' });
    expect(detect('static-binary', model(NODE))).toBeNull();
  });

  it('reads the C library from the build image', () => {
    expect(detect('libc', model(GO_CGO))).toMatchObject({ answer: 'glibc', line: 2 });
    expect(detect('libc', model(GO_ENV))).toMatchObject({ answer: 'musl', line: 1 });
  });

  it('sees builds, build tools and heavy final bases', () => {
    expect(detect('builds-code', model(NODE))).toMatchObject({ answer: 'yes', line: 4 });
    expect(detect('builds-code', model(PYTHON_SINGLE))).toMatchObject({ answer: 'no', line: null });
    expect(detect('build-tools-or-dev-deps', model(TOOLS))).toMatchObject({ answer: 'yes', line: 2, because: 'it installs gcc' });
    expect(detect('build-tools-or-dev-deps', model(PYTHON_SINGLE))).toMatchObject({ answer: 'no' });
    expect(detect('final-over-500mb', model(PYTHON_SINGLE))).toMatchObject({ answer: 'yes', line: 1 });
    expect(detect('final-over-500mb', model(GO_STATIC))).toMatchObject({ answer: 'no' });
    expect(detect('final-over-500mb', model(TOOLS))).toBeNull();
  });

  it('knows no detector it was not given', () => {
    expect(detect('no-such-detector', model(GO_STATIC))).toBeNull();
  });
});

describe('walkWithDockerfile', () => {
  it('walks as far as the file answers, then stops at the first open question', () => {
    const plan = walkWithDockerfile(loadTree('final-base')!, model(GO_STATIC), []);
    expect(plan.steps.map((s) => [s.question.id, s.answer.answer, s.source])).toEqual([
      ['runtime', 'no', 'file'],
      ['static', 'yes', 'file'],
    ]);
    expect(plan.result).toMatchObject({ status: 'question', question: { id: 'static-shell' } });
    expect(plan.answers).toEqual(['no', 'yes']);
    expect(plan.detections.static).toMatchObject({ line: 5 });
  });

  it('fills the open questions from the given answers, in order', () => {
    const plan = walkWithDockerfile(loadTree('final-base')!, model(GO_STATIC), ['no']);
    expect(plan.result).toMatchObject({ status: 'leaf', leaf: { id: 'scratch-or-distroless' } });
    expect(plan.steps.map((s) => s.source)).toEqual(['file', 'file', 'given']);
  });

  it('reaches a recommendation from the file alone when it can', () => {
    const plan = walkWithDockerfile(loadTree('runtime')!, model(NODE), []);
    expect(plan.result).toMatchObject({ status: 'leaf', leaf: { id: 'node' } });
    const multi = walkWithDockerfile(loadTree('multi-stage')!, model(PYTHON_SINGLE), []);
    expect(multi.result).toMatchObject({ status: 'leaf', leaf: { id: 'minimal-base' } });
  });

  it('without a file, uses only the given answers', () => {
    const plan = walkWithDockerfile(loadTree('runtime')!, null, ['go', 'yes']);
    expect(plan.result).toMatchObject({ status: 'leaf', leaf: { id: 'go-static' } });
    expect(plan.steps.every((s) => s.source === 'given')).toBe(true);
  });

  it('reports answers left over after the recommendation as invalid', () => {
    const plan = walkWithDockerfile(loadTree('runtime')!, model(NODE), ['yes']);
    expect(plan.result).toMatchObject({ status: 'invalid', given: 'yes', question: null });
  });
});
