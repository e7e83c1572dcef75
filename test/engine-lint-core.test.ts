import { describe, expect, it } from 'vitest';
import { lint, fixText, UnknownTargetError } from '../src/engine';

const ids = (text: string, opts = {}) => lint(text, opts).findings.map((f) => f.rule);
const only = (text: string, rule: string) => lint(text).findings.filter((f) => f.rule === rule);

const GOOD_GO = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`;

describe('a well-written multi-stage file', () => {
  it('has no findings', () => {
    expect(lint(GOOD_GO).findings).toEqual([]);
  });
});

describe('MS000 invalid-dockerfile', () => {
  it('reports an empty file as having no FROM', () => {
    const [f] = only('', 'MS000');
    expect(f?.message).toMatch(/no FROM/);
  });
  it('reports an instruction before the first FROM, but not ARG', () => {
    const text = '# syntax=docker/dockerfile:1\nARG V=1\nRUN echo hi\nFROM alpine:3.20 AS a\nUSER nobody\n';
    const found = only(text, 'MS000');
    expect(found).toHaveLength(1);
    expect(found[0]!.span.start.line).toBe(3);
  });
  it('reports an unknown instruction at its keyword', () => {
    const [f] = only('FROM alpine:3.20 AS a\nFRM x\n', 'MS000');
    expect(f?.message).toBe("unknown instruction 'FRM' (did you mean FROM?)");
    expect(only('FROM alpine:3.20 AS a\nINSTALL curl\n', 'MS000')[0]?.message).toBe("unknown instruction 'INSTALL'");
    expect(f?.span).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 4 } });
  });
  it('reports a flag the instruction does not take, as BuildKit does ("unknown flag")', () => {
    const [copy] = only('FROM alpine:3.23 AS a\nCOPY --user=me foo /tmp/\n', 'MS000');
    expect(copy?.message).toBe('unknown flag --user on COPY: BuildKit refuses the file');
    expect(copy?.span.start).toEqual({ line: 2, column: 6 });
    expect(only('FROM alpine:3.23 AS a\nCOPY --form=a x /x\n', 'MS000')[0]?.message).toMatch(/did you mean --from\?/);
    expect(only('FROM scratch AS a\nCMD --doit [ "a", "b" ]\n', 'MS000')[0]?.message).toMatch(
      /unknown flag --doit on CMD: CMD takes no flags/,
    );
    // Every flag the newest frontend knows (labs too), and HEALTHCHECK NONE, which reads none.
    const known = [
      'COPY --from=a --chown=1 --chmod=755 --link --parents --exclude=*.md x /x',
      'ADD --chown=1 --chmod=644 --link --keep-git-dir=true --checksum=sha256:0 --unpack=true --exclude=x https://e.com/a.tgz /a',
      'RUN --mount=type=cache,target=/c --network=none --security=insecure --device=name=x true',
      'HEALTHCHECK --interval=5s --timeout=2s --start-period=1s --start-interval=1s --retries=3 CMD ["true"]',
      'HEALTHCHECK --interval=5s NONE',
      'CMD ["--help"]',
      'COPY -- --odd-name /dst',
    ];
    for (const line of known) expect(only(`FROM --platform=linux/amd64 alpine:3.23 AS a\n${line}\n`, 'MS000'), line).toEqual([]);
  });
  it('reports a JSON array holding anything but strings, and a SHELL not in JSON form', () => {
    expect(only('FROM alpine:3.23 AS a\nCMD ["sleep", 5]\n', 'MS000')[0]?.message).toMatch(
      /holding 5, not a string: BuildKit accepts only strings/,
    );
    expect(only('FROM alpine:3.23 AS a\nRUN ["echo", true]\n', 'MS000')[0]?.message).toMatch(/holding true/);
    expect(only('FROM alpine:3.23 AS a\nSHELL /bin/bash -c\n', 'MS000')[0]?.message).toMatch(/SHELL takes the shell as a JSON array/);
    expect(only('FROM alpine:3.23 AS a\nSHELL ["/bin/bash", "-c"]\nCMD []\nVOLUME ["/data"]\n', 'MS000')).toEqual([]);
    expect(only('FROM alpine:3.23 AS a\nSHELL []\n', 'MS000')[0]?.message).toMatch(/SHELL \[\] names no shell/);
    expect(only('FROM alpine:3.23 AS a\nHEALTHCHECK CMD ["curl", 5]\n', 'MS000')[0]?.message).toMatch(/holding 5/);
    // The Windows form with escaped backslashes is JSON: BuildKit takes it.
    expect(
      only(
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS a\nSHELL ["C:\\\\Windows\\\\System32\\\\cmd.exe", "/S", "/C"]\n',
        'MS000',
      ),
    ).toEqual([]);
  });
  it('reports a parser directive given twice, which BuildKit refuses', () => {
    const [twice] = only('# syntax=docker/dockerfile:1\n# SYNTAX=docker/dockerfile:1\nFROM alpine:3.23 AS a\n', 'MS000');
    expect(twice?.message).toMatch(/a second '# syntax=' directive: BuildKit allows only one syntax parser directive/);
    expect(twice?.span).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 29 } });
    // After a plain comment the run of directives has ended: a later `# syntax=` is a comment.
    expect(only('# syntax=docker/dockerfile:1\n# hello\n# syntax=docker/dockerfile:1\nFROM alpine:3.23 AS a\n', 'MS000')).toEqual([]);
  });
  it('reports a file whose lines end with CR alone, which BuildKit reads as one line', () => {
    const [cr] = only('# syntax=docker/dockerfile:1\rFROM alpine:3.23 AS a\rUSER 1\r', 'MS000');
    expect(cr?.message).toMatch(/CR alone/);
    expect(only('FROM alpine:3.23 AS a\r\nUSER 1\r\n', 'MS000')).toEqual([]);
    expect(only('FROM alpine:3.23 AS a\r', 'MS000')).toEqual([]);
  });
  it('reports FROM without an image and a bad stage name', () => {
    expect(only('FROM\n', 'MS000')[0]?.message).toMatch(/without an image/);
    const [bad] = only('FROM alpine:3.20 AS 9lives\n', 'MS000');
    expect(bad?.message).toMatch(/invalid stage name '9lives'/);
    expect(bad?.span.start.column).toBe(21);
  });
  it('reports an empty --from and one holding a variable', () => {
    expect(only('FROM alpine:3.20 AS a\nCOPY --from= /a /b\n', 'MS000').map((f) => f.message)).toEqual([
      '--from= is empty: name a stage or an image',
    ]);
    for (const from of ['$STAGE', '${STAGE}', 'build-${ARCH}']) {
      const [finding, ...rest] = only(`FROM alpine:3.20 AS a\nCOPY --from=${from} /a /b\n`, 'MS000');
      expect(rest).toEqual([]);
      expect(finding!.message).toBe(`--from=${from} holds a variable, which BuildKit does not expand there: name the stage or image`);
      expect(finding!.span).toEqual({ start: { line: 2, column: 13 }, end: { line: 2, column: 13 + from.length } });
    }
    const [mount] = only('FROM alpine:3.20 AS a\nRUN --mount=type=bind,from=$STAGE,target=/m ls\n', 'MS000');
    expect(mount?.message).toBe('RUN --mount from=$STAGE holds a variable, which BuildKit does not expand there: name the stage or image');
  });
});

describe('MS001 missing-syntax-directive', () => {
  it('accepts the directive among other leading directives, after a BOM or #! line', () => {
    expect(ids('# escape=`\n# syntax=docker/dockerfile:1.7\nFROM scratch AS a\n')).not.toContain('MS001');
    expect(ids('\uFEFF# syntax=docker/dockerfile:1\nFROM scratch AS a\n')).not.toContain('MS001');
    expect(ids('#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1-labs\nFROM scratch AS a\n')).not.toContain('MS001');
    expect(ids('# syntax=docker/dockerfile:1.7.1-labs\nFROM scratch AS a\n')).not.toContain('MS001');
  });
  it('does not take a tag docker/dockerfile does not publish (1-lab, 1-latest) for the stable frontend', () => {
    for (const tag of ['1-lab', '1-latest', '1.x'])
      expect(ids(`# syntax=docker/dockerfile:${tag}\nFROM scratch AS a\n`), tag).toContain('MS001');
  });
  it("is a warning only for the features rules.md lists: not RUN --network, nor a quoted '<<'", () => {
    const severity = (text: string) => lint(text).findings.find((f) => f.rule === 'MS001')?.severity;
    expect(severity('FROM alpine:3.23 AS a\nRUN --network=none true\n')).toBe('info');
    expect(severity('FROM alpine:3.23 AS a\nRUN echo "cat <<EOF"\n')).toBe('info');
    expect(severity('FROM alpine:3.23 AS a\nRUN --mount=type=cache,target=/x true\n')).toBe('warning');
  });
  it('ignores a directive after a blank line, a comment or an instruction', () => {
    expect(ids('\n# syntax=docker/dockerfile:1\nFROM scratch AS a\n')).toContain('MS001');
    expect(ids('# hello\n# syntax=docker/dockerfile:1\nFROM scratch AS a\n')).toContain('MS001');
    expect(ids('# foo=bar\n# syntax=docker/dockerfile:1\nFROM scratch AS a\n')).toContain('MS001');
  });
  it('fixes by inserting the directive, keeping CRLF line ends and a #! line first', () => {
    expect(fixText('FROM scratch AS a\r\nUSER 1000\r\n').text).toBe('# syntax=docker/dockerfile:1\r\nFROM scratch AS a\r\nUSER 1000\r\n');
    expect(fixText('#!/bin/x\nFROM scratch AS a\n').text).toBe('#!/bin/x\n# syntax=docker/dockerfile:1\nFROM scratch AS a\n');
  });
});

describe('MS003 numeric-stage-reference', () => {
  it('names an unnamed stage and rewrites the reference', () => {
    const text =
      '# syntax=docker/dockerfile:1\nfrom golang:1.22\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch AS run\nCOPY --from=0 /app /app\nUSER 1000\n';
    const fixed = fixText(text).text;
    expect(fixed).toContain('from golang:1.22 as build\n');
    expect(fixed).toContain('COPY --from=build /app /app');
  });
  it('says a number in RUN --mount from= fails the build, and rewrites only from=', () => {
    const text =
      'FROM node:20 AS deps\nRUN npm ci\nFROM node:20 AS build\nRUN --mount=type=bind,from=0,source=/node_modules,target=/m npm run build\n';
    const [f] = only(text, 'MS003');
    expect(f?.message).toMatch(/image name/);
    expect(fixText(text).text).toContain('--mount=type=bind,from=deps,source=/node_modules,target=/m');
  });
});

describe('RUN --mount options', () => {
  it('reads the from= written last, as BuildKit does, and the fix rewrites that one', () => {
    const text =
      'FROM node:20 AS deps\nRUN npm ci\nFROM node:20 AS build\nRUN --mount=type=bind,from=deps,source=/node_modules,FROM=0,target=/m npm run build\n';
    const [f] = only(text, 'MS003');
    expect(f?.message).toMatch(/image name/);
    expect(fixText(text).text).toContain('--mount=type=bind,from=deps,source=/node_modules,FROM=deps,target=/m');
  });
});

describe('MS004 and MS007 on casing', () => {
  it('lowercases the name and the COPY references', () => {
    const text = 'FROM golang:1.22 AS Build\nFROM scratch AS run\nCOPY --from=BUILD /a /a\n';
    expect(only(text, 'MS004')).toHaveLength(2);
    const fixed = fixText(text).text;
    expect(fixed).toContain('AS build\n');
    expect(fixed).toContain('--from=build ');
  });
  it('explains that FROM Builder is read as an image', () => {
    const text = 'FROM golang:1.22 AS builder\nFROM Builder AS test\n';
    const [f] = only(text, 'MS007');
    expect(f?.message).toMatch(/read as an image/);
  });
  it('suggests the stage a typo meant, but leaves real images alone', () => {
    const text =
      'FROM golang:1.22 AS builder\nFROM scratch AS run\nCOPY --from=bulder /a /a\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n';
    const found = only(text, 'MS007');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/did you mean 'builder'/);
    expect(found[0]!.span).toEqual({ start: { line: 3, column: 13 }, end: { line: 3, column: 19 } });
  });
});

describe('MS005 and MS006 on references', () => {
  it('reports the later of two stages sharing a name, case-insensitively', () => {
    const [f] = only('FROM alpine:3.20 AS build\nFROM alpine:3.20 AS BUILD\n', 'MS005');
    expect(f?.span.start.line).toBe(2);
  });
  it('reports a stage using itself, directly or through a duplicated name', () => {
    expect(only('FROM alpine:3.20 AS a\nCOPY --from=a /x /x\n', 'MS006')).toHaveLength(1);
    const dup = 'FROM alpine:3.20 AS base\nFROM alpine:3.20 AS app\nCOPY --from=base /x /x\nFROM alpine:3.20 AS base\n';
    // app's --from=base resolves to the last 'base', defined later
    expect(only(dup, 'MS006')[0]?.message).toMatch(/defined later/);
  });
});

describe('MS008 to MS011 look through the chain to the shipped stage', () => {
  const chained = `# syntax=docker/dockerfile:1
FROM debian:12-slim AS base
RUN apt-get update && apt-get install -y build-essential libssl-dev

FROM base AS app
COPY --from=build /out /out
USER 1000
`;
  it('MS008 finds build tools installed in a stage the final one is written FROM', () => {
    const [f] = only(chained, 'MS008');
    expect(f?.message).toMatch(/build-essential, libssl-dev/);
    expect(f?.span.start.line).toBe(3);
  });
  it('does not count a package named like a tool as a build', () => {
    expect(only('FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nRUN apk add --no-cache make\n', 'MS009')).toEqual([]);
  });
  it('treats removed virtual packages as gone', () => {
    const text =
      'FROM alpine:3.20 AS a\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps\n';
    expect(only(text, 'MS008')).toEqual([]);
  });
  it('MS009 finds a build in a heredoc script of the final stage', () => {
    const text =
      'FROM golang:1.22 AS deps\nRUN go mod download\nFROM deps AS app\nRUN <<EOF\nset -e\nCGO_ENABLED=0 go build -o /app .\nEOF\n';
    expect(only(text, 'MS009')).toHaveLength(1);
  });
  it('MS010 catches the whole-stage copies, not a named directory', () => {
    const text =
      'FROM alpine:3.20 AS b\nRUN apk add --no-cache git\nFROM scratch AS r\nCOPY --from=b / /\nCOPY --from=b . /x\nCOPY --from=b /app/ /app\n';
    expect(only(text, 'MS010').map((f) => f.span.start.line)).toEqual([4, 5]);
  });
  it('MS011 resolves ARG defaults in FROM and names the lighter base and its size', () => {
    const text = 'ARG GO_IMAGE=golang:1.22\nFROM ${GO_IMAGE} AS build\nRUN go build -o /a .\n';
    const [f] = only(text, 'MS011');
    expect(f?.message).toMatch(/golang:1\.22/);
    expect(f?.message).toMatch(/scratch|alpine/);
    expect(ids('FROM node:20-slim AS a\n')).not.toContain('MS011');
    expect(ids('FROM docker.io/library/node:20 AS a\n')).toContain('MS011');
  });
});

describe('--target', () => {
  const text = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
RUN CGO_ENABLED=0 go build -o /out/app .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12:nonroot AS prod
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;
  it('judges the target stage as the shipped one', () => {
    expect(ids(text)).toEqual([]);
    expect(ids(text, { target: 'test' })).toEqual(expect.arrayContaining(['MS009', 'MS011']));
    expect(ids(text, { target: 'PROD' })).toEqual([]);
  });
  it('throws a clear error for an unknown target', () => {
    expect(() => lint(text, { target: 'nope' })).toThrow(UnknownTargetError);
    expect(() => lint(text, { target: 'nope' })).toThrow(/build, test, prod/);
  });
});

describe('suppression', () => {
  const base = 'FROM alpine AS a\nUSER 1000\n';
  it('an ignore pragma covers the next instruction only', () => {
    const text = `# syntax=docker/dockerfile:1\n# multistage-tutor ignore=MS014\nFROM alpine AS a\nFROM alpine AS b\nUSER 1000\n`;
    const lines = lint(text)
      .findings.filter((f) => f.rule === 'MS014')
      .map((f) => f.span.start.line);
    expect(lines).toEqual([4]);
  });
  it('ignore-file works before the first instruction only', () => {
    expect(ids(`# multistage-tutor ignore-file=MS001\n${base}`)).not.toContain('MS001');
    expect(ids(`${base}# multistage-tutor ignore-file=MS002\nFROM alpine:3.20\n`)).toContain('MS002');
  });
  it('BuildKit check=skip turns off our equivalent rule', () => {
    const text = '# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing\nFROM alpine:3.20 AS Build\nUSER 1000\n';
    expect(ids(text)).not.toContain('MS004');
  });
  it('--ignore skips rules by ID in any case', () => {
    expect(ids(base, { ignore: ['ms001'] })).not.toContain('MS001');
  });
  it('a pragma and --ignore read an ID with its number unpadded (ms1 for MS001)', () => {
    expect(ids(`# multistage-tutor ignore-file=ms1, MS2\n${base}`)).not.toContain('MS001');
    expect(ids(`# multistage-tutor ignore-file=ms1, MS2\nFROM alpine:3.20\n`)).not.toContain('MS002');
    expect(ids(base, { ignore: ['ms1'] })).not.toContain('MS001');
  });
});

describe('reading files as Docker does', () => {
  it('reads CRLF files and the escape directive', () => {
    const text = '# syntax=docker/dockerfile:1\r\n# escape=`\r\nFROM alpine:3.20 AS a\r\nRUN apk add `\r\n    gcc\r\nUSER 1000\r\n';
    const [f] = only(text, 'MS012'); // a single stage: MS012's, not MS008's (rules.md)
    expect(f?.message).toMatch(/gcc/);
    expect(f?.span.start.line).toBe(4);
  });
  it('does not take heredoc body lines for COPY arguments', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS a\nCOPY <<EOF /etc/motd\n/\n.\nEOF\nUSER 1000\n';
    expect(lint(text).findings).toEqual([]);
  });
});

describe('MS011 on Java images', () => {
  it('counts openjdk, amazoncorretto and eclipse-temurin as JDKs unless the tag says jre', () => {
    expect(ids('FROM openjdk:17 AS a\n')).toContain('MS011');
    expect(ids('FROM amazoncorretto:21 AS a\n')).toContain('MS011');
    expect(ids('FROM eclipse-temurin:21-jre AS a\n')).not.toContain('MS011');
    expect(ids('FROM eclipse-temurin:21 AS a\n')).toContain('MS011');
    expect(ids('FROM openjdk:11-jre-slim AS a\n')).not.toContain('MS011');
  });
});

it('MS003 offers no fix when the indexed stage has no image to name', () => {
  const text = 'FROM\nFROM golang:1.22\nRUN go build -o /a .\nFROM scratch AS run\nCOPY --from=0 /a /a\n';
  expect(() => fixText(text)).not.toThrow();
  expect(only(text, 'MS003')[0]?.fix).toBeUndefined();
});

it('MS004 lowercases a RUN --mount from= reference and nothing else of the mount', () => {
  const text =
    'FROM node:20 AS Deps\nRUN npm ci\nFROM node:20 AS build\nRUN --mount=type=bind,from=DEPS,source=/node_modules,target=/m npm run build\n';
  const fixed = fixText(text).text;
  expect(fixed).toContain('--mount=type=bind,from=deps,source=/node_modules,target=/m npm run build');
  expect(fixed).toContain('AS deps\n');
});

describe('MS010 and toolbox stages', () => {
  const xx = `# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-go build -o /out/app . && xx-verify /out/app
FROM scratch AS runtime
COPY --from=build /out/app /app
USER 65534
ENTRYPOINT ["/app"]
`;
  it('lets a build stage take a whole image-alias stage (the xx pattern)', () => {
    expect(only(xx, 'MS010')).toEqual([]);
  });
  it('does not report an image-alias stage even in the shipped stage: it exists to be copied whole', () => {
    expect(only(xx.replace('COPY --from=build /out/app /app', 'COPY --from=xx / /'), 'MS010')).toEqual([]);
  });
  it('still reports a whole build stage copied into the shipped stage', () => {
    expect(only(xx.replace('COPY --from=build /out/app /app', 'COPY --from=build / /'), 'MS010').map((f) => f.span.start.line)).toEqual([
      8,
    ]);
  });
});

describe('MS020 and tools the image runs itself', () => {
  const base =
    '# syntax=docker/dockerfile:1\nFROM node:20-slim AS base\nWORKDIR /app\nFROM base AS app\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER node\n';
  it('does not count curl added on top of another stage (health checks and downloads use it)', () => {
    expect(only(base, 'MS020')).toEqual([]);
  });
  it('reports strace added on top of another stage, unless the image runs it', () => {
    const strace = base.replace('curl\n', 'strace\n');
    expect(only(strace, 'MS020')).toHaveLength(1);
    expect(only(`${strace}ENTRYPOINT ["strace", "-f", "node", "server.js"]\n`, 'MS020')).toEqual([]);
  });
  it('accepts curl that the HEALTHCHECK runs, in shell or exec form', () => {
    expect(only(`${base}HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:3000/health || exit 1\n`, 'MS020')).toEqual([]);
    expect(only(`${base}HEALTHCHECK CMD ["curl", "-f", "http://localhost:3000/"]\n`, 'MS020')).toEqual([]);
  });
});

it('MS015 trusts images that run unprivileged by default, and only those', () => {
  const rule = (image: string) => only(`FROM ${image} AS app\n`, 'MS015').length;
  expect(rule('mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled')).toBe(0);
  expect(rule('nginxinc/nginx-unprivileged:1.27-alpine')).toBe(0);
  expect(rule('cgr.dev/chainguard/static:latest')).toBe(0);
  expect(rule('cgr.dev/chainguard/python:latest-dev')).toBe(1);
  expect(rule('mcr.microsoft.com/dotnet/aspnet:8.0')).toBe(1);
  expect(rule('nginx:1.27-alpine')).toBe(1);
});

it('MS011 reads an ARG without a default as empty, as BuildKit does (rules.md image names)', () => {
  expect(ids('ARG VARIANT\nFROM python:3.12${VARIANT} AS app\nUSER 1\n')).toContain('MS011');
  expect(ids('ARG VARIANT=-slim\nFROM python:3.12${VARIANT} AS app\nUSER 1\n')).not.toContain('MS011');
  expect(ids('ARG VARIANT=\nFROM python:3.12${VARIANT} AS app\nUSER 1\n')).toContain('MS011');
});
