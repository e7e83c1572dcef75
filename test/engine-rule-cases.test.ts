// Table-driven cases for the rules rules.md changed in issue 13: each row a small Dockerfile
// written the way real projects write it, and every finding of the rule it should (or should
// not) get, with its range, severity and what its message must say.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import type { Finding } from '../src/engine/types';

interface Expected {
  /** `line:col-line:col` of the range (end exclusive). */
  at: string;
  severity: Finding['severity'];
  message: RegExp;
}

interface Case {
  name: string;
  text: string;
  /** Every finding of the rule, in order. Empty: the rule must stay quiet. */
  expected: Expected[];
}

const range = (f: Finding) => `${f.span.start.line}:${f.span.start.column}-${f.span.end.line}:${f.span.end.column}`;

function table(rule: string, cases: Case[]): void {
  describe(rule, () => {
    for (const c of cases) {
      it(c.name, () => {
        const found = lint(c.text).findings.filter((f) => f.rule === rule);
        expect(found.map((f) => ({ at: range(f), severity: f.severity }))).toEqual(
          c.expected.map(({ at, severity }) => ({ at, severity })),
        );
        found.forEach((f, i) => expect(f.message).toMatch(c.expected[i]!.message));
      });
    }
  });
}

table('MS000', [
  { name: 'lowercases a stage name before checking it', text: 'FROM alpine:3.20 AS Build_1.x\nUSER 1\n', expected: [] },
  {
    name: 'rejects a name that does not start with a letter',
    text: 'FROM alpine:3.20 AS 1st-stage\nUSER 1\n',
    expected: [{ at: '1:21-1:30', severity: 'error', message: /invalid stage name '1st-stage'/ }],
  },
  {
    name: 'reports only the first of several errors, as BuildKit stops there',
    text: 'FROM alpine:3.20 AS 9lives\nCOPY --from= /a /b\nFORM debian\n',
    expected: [{ at: '1:21-1:27', severity: 'error', message: /invalid stage name/ }],
  },
  {
    name: 'finds an unknown instruction before a later bad stage name',
    text: 'FROM alpine:3.20 AS base\nRUNN make\nFROM base AS 2nd\n',
    expected: [{ at: '2:1-2:5', severity: 'error', message: /unknown instruction 'RUNN'/ }],
  },
  {
    name: 'reports an instruction before the first FROM',
    text: 'ARG VERSION=3.20\nRUN echo hi\nFROM alpine:${VERSION} AS app\n',
    expected: [{ at: '2:1-2:12', severity: 'error', message: /RUN before the first FROM/ }],
  },
  { name: 'reports a file without FROM', text: 'ARG VERSION=1\n', expected: [{ at: '1:1-1:14', severity: 'error', message: /no FROM/ }] },
  {
    name: 'rejects a variable in RUN --mount from=',
    text: 'FROM alpine:3.20 AS deps\nFROM alpine:3.20 AS app\nRUN --mount=type=bind,from=$DEPS,target=/d ls /d\n',
    expected: [{ at: '3:13-3:43', severity: 'error', message: /holds a variable/ }],
  },
]);

describe('MS000 and the rest of the catalogue', () => {
  it('gives a file that does not build that one finding and no other', () => {
    const text = 'FROM node AS Build\nRUN npm ci\nCOPY --from= /a /b\nFROM build\nCOPY --from=0 / /\n';
    expect(lint(text).findings.map((f) => f.rule)).toEqual(['MS000']);
  });
});

table('MS001', [
  {
    name: 'is info when the file uses nothing the built-in frontend lacks',
    text: 'FROM alpine:3.20 AS app\nRUN apk add --no-cache tini\nUSER 1\n',
    expected: [
      {
        at: '1:1-1:24',
        severity: 'info',
        message:
          /^no '# syntax=docker\/dockerfile:1' directive at the top: the build uses whatever frontend the local Docker engine ships$/,
      },
    ],
  },
  {
    name: 'is a warning with a heredoc, and names it',
    text: 'FROM alpine:3.20 AS app\nRUN <<EOF\napk add --no-cache tini\nEOF\nUSER 1\n',
    expected: [{ at: '1:1-1:24', severity: 'warning', message: /uses a heredoc \(line 2\)/ }],
  },
  {
    name: 'is a warning with RUN --mount',
    text: 'FROM golang:1.22 AS build\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n',
    expected: [{ at: '1:1-1:26', severity: 'warning', message: /RUN --mount \(line 2\)/ }],
  },
  {
    name: 'is a warning with COPY --link or --chmod, ADD --checksum',
    text: 'FROM alpine:3.20 AS app\nCOPY --chmod=755 run.sh /run.sh\n',
    expected: [{ at: '1:1-1:24', severity: 'warning', message: /COPY --chmod/ }],
  },
  {
    name: 'is a warning with ADD --checksum',
    text: 'FROM alpine:3.20 AS app\nADD --checksum=sha256:abc https://example.com/a.tgz /a.tgz\n',
    expected: [{ at: '1:1-1:24', severity: 'warning', message: /ADD --checksum/ }],
  },
  {
    name: 'is a warning with a # check= directive',
    text: '# check=error=true\nFROM alpine:3.20 AS app\n',
    expected: [{ at: '1:1-1:19', severity: 'warning', message: /'# check=' directive/ }],
  },
  {
    name: 'finds syntax after escape and check, in any order',
    text: '# escape=`\n# check=skip=all\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20 AS a\n',
    expected: [],
  },
  {
    name: 'finds syntax after a BOM and a #! line',
    text: '\uFEFF#!/usr/bin/env buildctl\n# syntax = docker/dockerfile:1.4-labs\nFROM alpine:3.20 AS a\n',
    expected: [],
  },
  {
    name: 'takes docker/dockerfile-upstream and an untagged docker/dockerfile',
    text: '# syntax=docker/dockerfile-upstream:master\nFROM alpine:3.20 AS a\n',
    expected: [],
  },
  {
    name: 'takes an untagged docker/dockerfile',
    text: '#syntax=docker/dockerfile\nFROM alpine:3.20 AS a\nRUN <<EOF\ntrue\nEOF\n',
    expected: [],
  },
  {
    name: 'does not see syntax after a plain comment, which ends the directives',
    text: '# Build the app\n# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS a\n',
    expected: [{ at: '1:1-1:16', severity: 'info', message: /the '# syntax' line 2 .* reads it as a comment/ }],
  },
  {
    name: 'does not see syntax after a blank line',
    text: '\n# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS a\nCOPY --link a /a\n',
    expected: [{ at: '1:1-1:1', severity: 'warning', message: /^the '# syntax' line 2 comes after a blank line.*COPY --link \(line 4\)/ }],
  },
  {
    name: 'names another frontend, as info',
    text: '# syntax=example.com/frontends/dockerfile:2\nFROM alpine:3.20 AS a\nRUN --mount=type=cache,target=/c true\n',
    expected: [{ at: '1:1-1:44', severity: 'info', message: /names 'example.com\/frontends\/dockerfile:2'/ }],
  },
]);

const GO_BUILD = 'FROM golang:1.22\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
table('MS002', [
  {
    name: 'is never on a single-stage file',
    text: 'FROM python:3.12-slim\nCOPY . /app\nUSER 1000\nCMD ["python", "/app/main.py"]\n',
    expected: [],
  },
  {
    name: 'is a warning on an earlier stage and info on the final one',
    text: `${GO_BUILD}FROM scratch\nCOPY --from=0 /out/app /app\nENTRYPOINT ["/app"]\n`,
    expected: [
      { at: '1:1-1:17', severity: 'warning', message: /stage #0 \(FROM golang:1.22\) has no name/ },
      { at: '3:1-3:13', severity: 'info', message: /the final stage #1 \(FROM scratch\) has no name/ },
    ],
  },
]);

table('MS003', [
  {
    name: 'is a warning in COPY --from=0, which builds',
    text: `${GO_BUILD}FROM scratch AS run\nCOPY --from=0 /out/app /app\n`,
    expected: [{ at: '4:13-4:14', severity: 'warning', message: /refers to a stage by index/ }],
  },
  {
    name: 'is an error in RUN --mount from=0, which BuildKit reads as an image',
    text: `${GO_BUILD}FROM alpine:3.20 AS run\nRUN --mount=type=bind,from=0,source=/out,target=/o cp /o/app /app\n`,
    expected: [{ at: '4:13-4:51', severity: 'error', message: /reads a number here as an image name and the build fails/ }],
  },
]);

const CHECK_ERRORS = '# syntax=docker/dockerfile:1\n# check=error=true\n';
table('MS004', [
  {
    name: 'warns on a mixed-case name and its reference',
    text: 'FROM node:20 AS Deps\nRUN npm ci\nFROM node:20-slim AS run\nCOPY --from=Deps /node_modules /app/node_modules\n',
    expected: [
      { at: '1:17-1:21', severity: 'warning', message: /stage name 'Deps' should be lower case/ },
      { at: '4:13-4:17', severity: 'warning', message: /reference 'Deps'/ },
    ],
  },
  {
    name: 'is an error under # check=error=true',
    text: `${CHECK_ERRORS}FROM node:20 AS Deps\nRUN npm ci\n`,
    expected: [{ at: '3:17-3:21', severity: 'error', message: /should be lower case/ }],
  },
]);

table('MS005', [
  {
    name: 'is a warning: BuildKit builds it',
    text: 'FROM alpine:3.20 AS base\nFROM debian:12 AS Base\n',
    expected: [{ at: '2:19-2:23', severity: 'warning', message: /'Base' is already used at line 1/ }],
  },
  {
    name: 'is an error under # check=error=true',
    text: `${CHECK_ERRORS}FROM alpine:3.20 AS base\nFROM debian:12 AS base\n`,
    expected: [{ at: '4:19-4:23', severity: 'error', message: /already used/ }],
  },
]);

table('MS006', [
  {
    name: 'reads FROM gcc AS gcc as the image gcc',
    text: 'FROM gcc:13 AS gcc\nRUN make\nFROM debian:12-slim AS run\nCOPY --from=gcc /src/app /app\n',
    expected: [],
  },
  {
    name: 'reads FROM base AS base as the earlier stage base',
    text: 'FROM alpine:3.20 AS base\nRUN apk add tini\nFROM base AS base\nUSER 1\n',
    expected: [],
  },
  {
    name: 'reports a stage that copies from itself',
    text: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b\n',
    expected: [{ at: '2:13-2:16', severity: 'error', message: /refers to the stage it is in/ }],
  },
  {
    name: 'reports a copy from a stage defined later',
    text: 'FROM alpine:3.20 AS app\nCOPY --from=assets /a /b\nFROM node:20 AS assets\n',
    expected: [{ at: '2:13-2:19', severity: 'error', message: /defined later/ }],
  },
]);

describe('MS006 FROM x AS x', () => {
  it('judges the base as an image: no MS007, and MS014 sees it unpinned', () => {
    const rules = lint('FROM gcc AS gcc\nRUN make\n').findings.map((f) => f.rule);
    expect(rules).not.toContain('MS006');
    expect(rules).not.toContain('MS007');
    expect(rules).toContain('MS014');
  });
});

table('MS007', [
  {
    name: 'is an error with a did-you-mean for a typo',
    text: 'FROM golang:1.22 AS builder\nRUN go build -o /a .\nFROM alpine:3.20 AS run\nCOPY --from=buidler /a /a\n',
    expected: [
      {
        at: '4:13-4:20',
        severity: 'error',
        message: /'buidler' names no stage, so BuildKit tries to pull it as an image and the build fails: did you mean 'builder'\?/,
      },
    ],
  },
  {
    name: 'suggests the stage that holds the name as a word over a nearer spelling',
    text: 'FROM alpine:3.20 AS test\nFROM alpine:3.20 AS license-set\nCOPY x /x\nFROM scratch AS license-update\nCOPY --from=set /x /\n',
    expected: [{ at: '5:13-5:16', severity: 'error', message: /did you mean 'license-set'\?/ }],
  },
  {
    name: 'keeps the nearest spelling when it holds the name (test beside tests and test-data)',
    text: 'FROM alpine:3.20 AS tests\nFROM alpine:3.20 AS test-data\nFROM scratch AS out\nCOPY --from=test /x /\n',
    expected: [{ at: '4:13-4:17', severity: 'error', message: /did you mean 'tests'\?/ }],
  },
  {
    name: 'says FROM Builder fails with "repository name must be lowercase"',
    text: 'FROM golang:1.22 AS builder\nRUN go build -o /a .\nFROM Builder AS test\nRUN go test ./...\n',
    expected: [{ at: '3:6-3:13', severity: 'error', message: /repository name must be lowercase.*write 'FROM builder'/ }],
  },
  {
    name: 'leaves an external image with a tag alone',
    text: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS run\nCOPY --from=buildx:0.14 /a /a\n',
    expected: [],
  },
]);

table('MS010', [
  {
    name: 'reports a whole build stage copied into the shipped stage',
    text: 'FROM node:20 AS build\nRUN npm ci && npm run build\nFROM nginx:1.27-alpine AS web\nCOPY --from=build / /usr/share/nginx/html\n',
    expected: [{ at: '4:1-4:42', severity: 'warning', message: /copies the whole filesystem of that stage into the shipped image/ }],
  },
  {
    name: 'leaves a copy into a stage that does not ship',
    text: 'FROM node:20 AS deps\nRUN npm ci\nFROM node:20 AS build\nCOPY --from=deps / /\nRUN npm run build\nFROM nginx:1.27-alpine AS web\nCOPY --from=build /dist /usr/share/nginx/html\n',
    expected: [],
  },
  {
    name: 'leaves a FROM scratch artifact stage, which holds only outputs',
    text: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch AS artifacts\nCOPY --from=build /out/ /\nFROM alpine:3.20 AS run\nCOPY --from=artifacts / /usr/local/bin/\n',
    expected: [],
  },
  {
    name: 'leaves FROM name-$VAR when every stage it can name is FROM scratch',
    text: 'FROM scratch AS bin-linux\nCOPY linux/app /\nFROM scratch AS bin-darwin\nCOPY darwin/app /\nFROM bin-${TARGETOS} AS bin\nFROM alpine:3.20 AS run\nCOPY --from=bin / /usr/local/bin/\n',
    expected: [],
  },
  {
    name: 'reports FROM name-$VAR when one stage it can name is a full image',
    text: 'FROM scratch AS bin-linux\nCOPY linux/app /\nFROM alpine:3.20 AS bin-darwin\nRUN apk add make\nFROM bin-${TARGETOS} AS bin\nFROM alpine:3.20 AS run\nCOPY --from=bin / /usr/local/bin/\n',
    expected: [{ at: '7:1-7:34', severity: 'warning', message: /COPY --from=bin \// }],
  },
  {
    // Several variables: each literal part in order, anything between; a stage that only shares
    // the prefix (bin-linux-tools, no -amd64 end) is no candidate.
    name: 'reads FROM name-$OS-$ARCH against every stage whose name fits all its parts',
    text: 'FROM scratch AS bin-linux-amd64\nCOPY a /\nFROM scratch AS bin-linux-arm64\nCOPY b /\nFROM alpine:3.20 AS bin-linux-tools\nRUN apk add make\nFROM bin-${TARGETOS}-${TARGETARCH}64 AS bin\nFROM alpine:3.20 AS run\nCOPY --from=bin / /usr/local/bin/\n',
    expected: [],
  },
  {
    name: 'reports FROM name-$OS-$ARCH when a stage fitting every part is a full image',
    text: 'FROM scratch AS bin-linux-amd64\nCOPY a /\nFROM alpine:3.20 AS bin-LINUX-x-arm64\nRUN apk add make\nFROM bin-${TARGETOS}-${TARGETARCH}64 AS bin\nFROM alpine:3.20 AS run\nCOPY --from=bin / /usr/local/bin/\n',
    expected: [{ at: '7:1-7:34', severity: 'warning', message: /COPY --from=bin \// }],
  },
  {
    // The layer-squash idiom ships the source stage whole: right for a purpose-built image stage,
    // wrong for a build stage (its toolchain and sources ship), and the file does not say which.
    name: 'reports the whole of a stage copied first thing into a FROM scratch stage',
    text: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch AS squashed\nCOPY --from=build / /\nENTRYPOINT ["/out/app"]\n',
    expected: [{ at: '4:1-4:22', severity: 'warning', message: /COPY --from=build \// }],
  },
  {
    name: 'leaves an image-alias stage, made to be copied whole',
    text: 'FROM tonistiigi/xx:1.4.0 AS xx\nFROM alpine:3.20 AS run\nCOPY --from=xx / /\n',
    expected: [],
  },
  {
    name: 'leaves an alias of an image named by a variable without a default',
    text: 'ARG RUNTIME_IMAGE\nFROM $RUNTIME_IMAGE AS runtime\nFROM debian:12-slim AS installer\nCOPY --from=runtime / /rootfs\n',
    expected: [],
  },
  {
    name: 'reports a whole image copied into the shipped stage',
    text: 'FROM alpine:3.20 AS run\nCOPY --from=busybox:1.36 / /\n',
    expected: [{ at: '2:1-2:29', severity: 'warning', message: /whole filesystem of that image/ }],
  },
]);

table('MS014', [
  {
    name: 'says a bare COPY --from word may be a named build context',
    text: 'FROM alpine:3.20 AS run\nCOPY --from=templates /redis.yml /pups/redis.yml\n',
    expected: [
      { at: '2:13-2:22', severity: 'warning', message: /has no tag, so it means latest: .*\(unless 'templates' is a named build context/ },
    ],
  },
  {
    name: 'sees a literal latest after a variable path',
    text: 'ARG REGISTRY\nFROM ${REGISTRY}/platform/base:latest AS app\n',
    expected: [{ at: '2:6-2:38', severity: 'warning', message: /uses the moving tag latest/ }],
  },
  ...['edge', 'lts', 'current', 'stable', 'rolling', 'nightly', 'master', 'main'].map((tag) => ({
    name: `counts the moving tag ${tag}`,
    text: `FROM example/app:${tag} AS app\n`,
    expected: [{ at: `1:6-1:${18 + tag.length}`, severity: 'warning' as const, message: new RegExp(`moving tag ${tag}`) }],
  })),
  {
    name: 'leaves a version that merely contains a moving word',
    text: 'FROM debian:stable-slim AS a\nFROM node:lts-alpine3.20 AS b\nFROM alpine:3.20 AS c\n',
    expected: [],
  },
  {
    name: 'leaves a variable path without a tag to --build-arg',
    text: 'ARG REGISTRY\nFROM ${REGISTRY}/platform/base AS app\n',
    expected: [],
  },
  {
    name: 'judges a tag an ARG default resolves to',
    text: 'ARG TAG=nightly\nFROM example/app:${TAG} AS app\n',
    expected: [{ at: '2:6-2:24', severity: 'warning', message: /resolves to 'example\/app:nightly'.*moving tag nightly/ }],
  },
]);

table('MS015', [
  ...['root', 'root:root', '0', '0:1000', 'root:nogroup'].map((user) => ({
    name: `fires on USER ${user}, whatever the group`,
    text: `FROM alpine:3.20 AS app\nUSER ${user}\nCMD ["sh"]\n`,
    expected: [{ at: `2:1-2:${6 + user.length}`, severity: 'warning' as const, message: /user part is root/ }],
  })),
  { name: 'accepts a non-root user with the root group', text: 'FROM alpine:3.20 AS app\nUSER 1000:0\n', expected: [] },
  {
    // docker-library's database images start as root and switch to their user in the entrypoint.
    name: 'says what a database image really runs as',
    text: 'FROM postgres:17 AS db\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
    expected: [
      { at: '1:1-1:23', severity: 'warning', message: /starts as root: the postgres image's entrypoint then runs the server as postgres/ },
    ],
  },
  {
    name: 'accepts USER postgres on the postgres image, which has that user',
    text: 'FROM postgres:17 AS db\nUSER postgres\n',
    expected: [],
  },
  {
    name: 'does not claim to know the user of an image it does not list',
    text: 'FROM grafana/k6:2.2.0 AS load\nCOPY script.js /script.js\n',
    expected: [{ at: '1:1-1:30', severity: 'warning', message: /runs as root unless 'grafana\/k6:2.2.0' sets a USER of its own/ }],
  },
  {
    name: 'does not claim to know the user of an image passed in with --build-arg',
    text: 'ARG BASE_IMAGE\nFROM $BASE_IMAGE AS run\nCOPY server /server\n',
    expected: [{ at: '2:1-2:24', severity: 'warning', message: /runs as root unless the image '\$BASE_IMAGE' stands for sets a USER/ }],
  },
  {
    name: "trusts .NET's distroless images, which set USER app",
    text: 'FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-azurelinux3.0-distroless AS app\nCOPY app /app\n',
    expected: [],
  },
  { name: 'trusts a nonroot tag', text: 'FROM gcr.io/distroless/base-debian12:nonroot AS app\nCOPY app /app\n', expected: [] },
  {
    name: 'does not judge a FROM scratch export stage (no CMD, no ENTRYPOINT)',
    text: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch AS export\nCOPY --from=build /out/app /\n',
    expected: [],
  },
  {
    name: 'does not judge an export stage built FROM name-$VAR whose every candidate is one',
    text: 'FROM scratch AS bin-linux\nCOPY linux/app /\nFROM scratch AS bin-windows\nCOPY windows/app.exe /\nFROM bin-$TARGETOS AS bins\nFROM bins\n',
    expected: [],
  },
  {
    name: 'judges FROM name-$VAR when a candidate sets a CMD',
    text: 'FROM scratch AS bin-linux\nCOPY linux/app /\nCMD ["/app"]\nFROM scratch AS bin-windows\nCOPY windows/app.exe /\nFROM bin-$TARGETOS AS bins\n',
    expected: [{ at: '6:1-6:27', severity: 'warning', message: /sets no USER/ }],
  },
  {
    name: 'trusts Nano Server, which runs as ContainerUser',
    text: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS app\nCMD ["app.exe"]\n',
    expected: [],
  },
  {
    name: 'judges Server Core, which runs as ContainerAdministrator',
    text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS app\nCMD ["app.exe"]\n',
    expected: [{ at: '1:1-1:58', severity: 'warning', message: /sets no USER, so its program runs as ContainerAdministrator/ }],
  },
  {
    name: 'trusts an image built on Nano Server, named by its tag (.NET, Go, PowerShell)',
    text: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /out\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022 AS app\nCOPY --from=build /out /app\nENTRYPOINT ["dotnet", "app.dll"]\n',
    expected: [],
  },
  {
    name: 'judges a .NET Framework image, which is Server Core',
    text: 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8 AS app\nCOPY site /inetpub/wwwroot\n',
    expected: [{ at: '1:1-1:58', severity: 'warning', message: /ContainerAdministrator, the Server Core image's administrator/ }],
  },
  {
    name: "judges a last USER ContainerAdministrator, Windows's administrator",
    text: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS app\nUSER ContainerAdministrator\nCMD ["app.exe"]\n',
    expected: [
      { at: '2:1-2:28', severity: 'warning', message: /Windows's administrator in a container: switch back to 'USER ContainerUser'/ },
    ],
  },
  {
    name: 'trusts USER ContainerUser after setup as ContainerAdministrator',
    text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS app\nUSER ContainerAdministrator\nRUN setx /M PATH "%PATH%;C:\\app"\nUSER ContainerUser\nCMD ["app.exe"]\n',
    expected: [],
  },
  {
    name: 'judges a FROM scratch stage that runs a program',
    text: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch AS run\nCOPY --from=build /out/app /\nENTRYPOINT ["/app"]\n',
    expected: [{ at: '3:1-3:20', severity: 'warning', message: /sets no USER/ }],
  },
]);

table('MS016', [
  {
    name: 'is info',
    text: 'FROM alpine:3.20 as base\n',
    expected: [{ at: '1:18-1:20', severity: 'info', message: /mixes keyword cases/ }],
  },
  {
    name: 'is an error under # check=error=true',
    text: `${CHECK_ERRORS}FROM alpine:3.20 as base\n`,
    expected: [{ at: '3:18-3:20', severity: 'error', message: /mixes keyword cases/ }],
  },
  {
    name: 'is skipped with check=skip=all even with error=true',
    text: '# check=skip=all;error=true\nFROM alpine:3.20 as base\n',
    expected: [],
  },
]);

table('MS017', [
  {
    name: 'is a warning: BuildKit builds it',
    text: 'FROM alpine:3.20 AS context\n',
    expected: [{ at: '1:21-1:28', severity: 'warning', message: /reserved/ }],
  },
  {
    name: 'is an error under # check=error=true',
    text: `${CHECK_ERRORS}FROM scratch AS scratch\n`,
    expected: [{ at: '3:17-3:24', severity: 'error', message: /reserved/ }],
  },
]);

describe('# check=error=true', () => {
  it('raises only the equivalents of BuildKit checks', () => {
    const text = `${CHECK_ERRORS}FROM node AS Build\nFROM build\nCOPY --from=0 / /\n`;
    const errors = lint(text)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.rule);
    expect([...new Set(errors)].sort()).toEqual(['MS004']);
    expect(lint(text).findings.find((f) => f.rule === 'MS003')!.severity).toBe('warning');
  });
});
