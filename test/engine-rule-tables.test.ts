// Table-driven cases (ESLint's RuleTester shape) for the rules whose other tests are examples
// rather than tables: MS020, MS021, MS023 and MS100. The tables of the other rules live in
// engine-rule-cases.test.ts (MS000–MS017) and engine-facts-rules.test.ts (rules on the facts layer).
import { describe, expect, it } from 'vitest';
import { fixText } from '../src/engine';
import { ruleTester } from './rule-tester';

const SYNTAX = '# syntax=docker/dockerfile:1\n';

ruleTester('MS020', {
  valid: [
    {
      name: 'the debug stage exists but the lean one is last',
      code: `${SYNTAX}FROM debian:trixie-slim AS base\nFROM base AS debug\nRUN apt-get update && apt-get install -y strace\nFROM base AS runtime\nRUN apt-get update && apt-get install -y curl\nUSER 1000\nCMD ["sh"]\n`,
    },
    {
      name: 'a FROM scratch stage that runs nothing exports files (test coverage), it ships no image',
      code: `${SYNTAX}FROM golang:1.27 AS test\nRUN go test -coverprofile=/tmp/coverage.txt ./...\nFROM scratch AS test-coverage\nCOPY --from=test /tmp/coverage.txt /coverage.txt\n`,
    },
    {
      name: 'curl in a product stage is not a debugging tool',
      code: `${SYNTAX}FROM debian:trixie-slim AS base\nFROM base AS runtime\nRUN apt-get update && apt-get install -y curl wget\nUSER 1000\nCMD ["sh"]\n`,
    },
  ],
  invalid: [
    {
      name: 'a joined debug name (app-debug) as the last stage',
      code: `${SYNTAX}FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian13:nonroot AS app\nCOPY --from=build /app /app\nFROM app AS app-debug\nCMD ["/app"]\n`,
      errors: [{ line: 6, column: 13, endLine: 6, endColumn: 22, severity: 'warning', message: "the last stage is 'app-debug'" }],
    },
    {
      name: 'debugging tools added in a stage built on another stage of the file',
      code: `${SYNTAX}FROM debian:trixie-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base AS runtime\nRUN apt-get update && apt-get install -y strace\nUSER 1000\nCMD ["sh"]\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 48, severity: 'warning', message: 'adds debugging' }],
    },
  ],
});

ruleTester('MS021', {
  valid: [
    {
      name: 'manifests first, then the install, then the sources',
      code: `${SYNTAX}FROM node:24 AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n`,
    },
    {
      name: "uv's two steps: dependencies from the manifests, then the project after the source",
      code: `${SYNTAX}FROM python:3.14-slim AS build\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-install-project\nCOPY . .\nRUN uv sync --frozen\n`,
    },
  ],
  invalid: [
    {
      name: 'the whole context copied before npm ci',
      code: `${SYNTAX}FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm run build\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 11, severity: 'info', message: "'npm ci' runs after 'COPY . .' (line 4)" }],
    },
  ],
});

ruleTester('MS023', {
  valid: [
    { name: 'a supported release', code: `${SYNTAX}FROM node:24-alpine AS run\nUSER node\n`, options: { today: '2026-12-07' } },
    { name: 'no day given: the engine never reads the clock', code: `${SYNTAX}FROM node:18-alpine AS run\nUSER node\n` },
    { name: 'a floating tag is not judged', code: `${SYNTAX}FROM node:lts-alpine AS run\nUSER node\n`, options: { today: '2026-12-07' } },
  ],
  invalid: [
    {
      name: 'Node.js 18 after its end of life',
      code: `${SYNTAX}FROM node:18-alpine AS run\nUSER node\n`,
      options: { today: '2026-12-07' },
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 20, severity: 'warning', message: 'Node.js 18, past its end of life' }],
    },
    {
      name: 'releases long past their end of life are judged too (Ubuntu 16.04, Alpine 3.14)',
      code: `${SYNTAX}FROM ubuntu:xenial AS run\nFROM alpine:3.14 AS app\nUSER 1\n`,
      options: { today: '2026-12-07' },
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 19,
          severity: 'warning',
          message: 'Ubuntu 16.04 (xenial), past its end of life since 2021-04-30',
        },
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 17,
          severity: 'warning',
          message: 'Alpine 3.14, past its end of life since 2023-05-01',
        },
      ],
    },
    {
      name: 'the retired openjdk repository, whatever the version; not its early-access builds',
      code: `${SYNTAX}FROM openjdk:27-ea-jdk AS ea\nFROM openjdk:17-jdk-slim AS run\nUSER 1\n`,
      options: { today: '2026-12-07' },
      errors: [
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 25,
          severity: 'warning',
          message: "'openjdk' repository, which its publisher deprecated",
        },
      ],
    },
    {
      name: 'the oldest lines still met in real files (Alpine 3.9, Go 1.10, .NET Core 2.1 from Docker Hub)',
      code: `${SYNTAX}FROM golang:1.10 AS build\nFROM microsoft/dotnet:2.1-sdk AS sdk\nFROM alpine:3.9 AS run\nUSER 1\n`,
      options: { today: '2026-12-07' },
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 17, severity: 'warning', message: 'Go 1.10, past its end of life since 2019-02-25' },
        { line: 3, column: 6, endLine: 3, endColumn: 30, severity: 'warning', message: '.NET 2.1, past its end of life since 2021-08-21' },
        {
          line: 4,
          column: 6,
          endLine: 4,
          endColumn: 16,
          severity: 'warning',
          message: 'Alpine 3.9, past its end of life since 2020-11-01',
        },
      ],
    },
  ],
});

ruleTester('MS100', {
  valid: [{ name: 'ordinary ARG values', code: `ARG A=1\nARG B=\${A}\${A}\nFROM alpine:3.23 AS a\nUSER 1\n` }],
  invalid: [
    {
      name: 'values that double at each line stop at the cap, once',
      code:
        'ARG A0=xxxxxxxxxxxxxxxx\n' +
        Array.from({ length: 14 }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}`).join('\n') +
        '\nFROM alpine:3.23 AS a\nUSER 1\n',
      errors: [{ line: 13, column: 1, endLine: 13, endColumn: 21, severity: 'error', message: 'ARG A12 expands to 64 KiB or more' }],
    },
  ],
});

const GO = `${SYNTAX}FROM golang:1.27 AS build\nRUN CGO_ENABLED=0 go build -o /out/api .\n`;

ruleTester('MS101', {
  valid: [
    { name: 'RUN where the base has a shell', code: `${GO}FROM alpine:3.23 AS run\nRUN mkdir /data\nUSER 1000\nCMD /api\n` },
    {
      name: 'a distroless :debug tag with SHELL set to its busybox',
      code: `${GO}FROM gcr.io/distroless/base-debian13:debug AS run\nSHELL ["/busybox/sh", "-c"]\nRUN mkdir /data\n`,
    },
    {
      name: 'SHELL names another shell first',
      code: `${GO}FROM gcr.io/distroless/base-debian13 AS run\nCOPY --from=busybox:1.37 /bin/busybox /busybox/sh\nSHELL ["/busybox/sh", "-c"]\nRUN mkdir /data\n`,
    },
    {
      name: 'a file named sh copied in first',
      code: `${GO}FROM scratch AS run\nCOPY --from=busybox:1.37-musl /bin/busybox /bin/sh\nRUN echo hi\n`,
    },
    {
      name: 'a shell copied into /bin first',
      code: `${GO}FROM scratch AS run\nCOPY --from=busybox:1.37-musl /bin/ /bin/\nRUN mkdir /data\n`,
    },
    {
      name: 'an exec-form RUN of a copied program needs no shell',
      code: `${GO}FROM scratch AS run\nCOPY --from=build /out/api /api\nRUN ["/api", "--migrate"]\nENTRYPOINT ["/api"]\n`,
    },
    {
      name: 'a shell-form CMD after an exec-form ENTRYPOINT is only its arguments',
      code: `${GO}FROM scratch AS run\nCOPY --from=build /out/api /api\nENTRYPOINT ["/api"]\nCMD --port 8080\n`,
    },
  ],
  invalid: [
    {
      // `docker build .` skips it; `--target unused` fails: a warning, not an error.
      name: 'a stage the default build skips',
      code: `${GO}FROM gcr.io/distroless/static-debian13 AS unused\nRUN mkdir /x\nFROM alpine:3.23 AS run\nUSER 1\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 13, severity: 'warning', message: 'which has no shell' }],
    },
    {
      // Its busybox is at /busybox/sh; shell-form RUN still asks for /bin/sh.
      name: 'a distroless :debug tag without SHELL',
      code: `${GO}FROM gcr.io/distroless/base-debian13:debug AS run\nRUN mkdir /data\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 16, severity: 'error', message: 'which has no shell' }],
    },
    {
      name: 'a RUN in a distroless stage fails the build',
      code: `${GO}FROM gcr.io/distroless/static-debian13:nonroot AS run\nCOPY --from=build /out/api /api\nRUN mkdir -p /data\nENTRYPOINT ["/api"]\n`,
      errors: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 19,
          severity: 'error',
          message: "starts from 'gcr.io/distroless/static-debian13:nonroot', which has no shell",
        },
      ],
    },
    {
      name: 'an exec-form RUN that names sh fails on scratch too',
      code: `${GO}FROM scratch AS run\nCOPY --from=build /out/api /api\nRUN ["/bin/sh", "-c", "echo hi"]\nENTRYPOINT ["/api"]\n`,
      errors: [{ line: 6, column: 1, endLine: 6, endColumn: 33, severity: 'error', message: 'exec-form (/bin/sh) RUN' }],
    },
    {
      name: '.NET chiseled images have no shell',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS run\nRUN mkdir /app/data\nENTRYPOINT ["dotnet", "Api.dll"]\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 20, severity: 'error', message: 'which has no shell' }],
    },
    {
      name: 'one named file copied under /usr brings no shell',
      code: `${GO}FROM gcr.io/distroless/static-debian13 AS run\nCOPY --from=build /out/api /usr/local/bin/api\nENTRYPOINT /usr/local/bin/api\n`,
      errors: [{ line: 6, column: 1, endLine: 6, endColumn: 30, severity: 'warning', message: 'the container cannot start' }],
    },
    {
      name: 'a shell-form ENTRYPOINT on scratch builds but cannot start',
      code: `${GO}FROM scratch AS run\nCOPY --from=build /out/api /api\nENTRYPOINT /api\n`,
      errors: [{ line: 6, column: 1, endLine: 6, endColumn: 16, severity: 'warning', message: 'the container cannot start' }],
    },
  ],
});

ruleTester('MS106', {
  valid: [
    {
      name: 'a Rust musl build on scratch',
      code: `${SYNTAX}FROM rust:1 AS build\nRUN cargo build --release --target x86_64-unknown-linux-musl\nFROM scratch AS run\nCOPY --from=build /target/x86_64-unknown-linux-musl/release/app /app\nUSER 1\n`,
    },
    {
      name: 'a Rust build on Alpine shipped on Alpine',
      code: `${SYNTAX}FROM rust:1-alpine AS build\nRUN cargo build --release\nFROM alpine:3.23 AS run\nCOPY --from=build /target/release/app /app\nUSER 1\n`,
    },
    {
      name: 'a glibc Rust build on Debian',
      code: `${SYNTAX}FROM rust:1 AS build\nRUN cargo build --release\nFROM debian:trixie-slim AS run\nCOPY --from=build /target/release/app /app\nUSER 1\n`,
    },
    {
      name: 'gcompat lets glibc programs run on Alpine',
      code: `${SYNTAX}FROM rust:1 AS build\nRUN cargo build --release\nFROM alpine:3.23 AS run\nRUN apk add --no-cache gcompat\nCOPY --from=build /target/release/app /app\nUSER 1\n`,
    },
    {
      name: 'a target set by a variable it cannot read',
      code: `${SYNTAX}FROM rust:1 AS build\nARG TRIPLE\nRUN cargo build --release --target $TRIPLE\nFROM alpine:3.23 AS run\nCOPY --from=build /target/ /app/\nUSER 1\n`,
    },
    {
      name: 'only certificates copied from the Rust stage',
      code: `${SYNTAX}FROM rust:1 AS build\nRUN cargo build --release\nFROM alpine:3.23 AS run\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nUSER 1\n`,
    },
    {
      name: 'a musl .NET publish on an -alpine runtime-deps image',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -r linux-musl-x64 --self-contained -o /out\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine AS run\nCOPY --from=build /out /app\nUSER 1\n`,
    },
    {
      name: 'a framework-dependent .NET publish, run by the image',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -r linux-musl-x64 -o /out\nFROM mcr.microsoft.com/dotnet/aspnet:10.0 AS run\nCOPY --from=build /out /app\nUSER 1\n`,
    },
  ],
  invalid: [
    {
      name: 'a glibc Rust build on Alpine',
      code: `${SYNTAX}FROM rust:1 AS build\nRUN cargo build --release\nFROM alpine:3.23 AS run\nCOPY --from=build /target/release/app /app\nUSER 1\n`,
      errors: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 43,
          severity: 'warning',
          message: "needs glibc, but the shipped stage's base 'alpine:3.23' has musl",
        },
      ],
    },
    {
      name: 'a -linux-gnu Rust target on scratch',
      code: `${SYNTAX}FROM rust:1 AS build\nRUN cargo build --release --target aarch64-unknown-linux-gnu\nFROM scratch AS run\nCOPY --from=build /target/aarch64-unknown-linux-gnu/release/app /app\nUSER 1\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 69, severity: 'warning', message: 'has no C library at all' }],
    },
    {
      name: 'a musl .NET publish on a Debian image',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -r linux-musl-x64 --self-contained -o /out\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS run\nCOPY --from=build /out /app\nUSER 1\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 28, severity: 'warning', message: 'needs musl' }],
    },
    {
      name: 'a native AOT glibc publish on Alpine',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o /out\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine AS run\nCOPY --from=build /out /app\nUSER 1\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 28, severity: 'warning', message: 'needs glibc' }],
    },
  ],
});

ruleTester('MS107', {
  valid: [
    {
      name: 'the t64 name on trixie',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get update && apt-get install -y libssl3t64\nUSER 1\n`,
    },
    {
      name: 'the t64 name on Ubuntu 24.04',
      code: `${SYNTAX}FROM ubuntu:24.04 AS run\nRUN apt-get update && apt-get install -y libcurl4t64\nUSER 1\n`,
    },
    {
      name: 'the old name on bookworm',
      code: `${SYNTAX}FROM debian:bookworm-slim AS run\nRUN apt-get update && apt-get install -y libssl3\nUSER 1\n`,
    },
    {
      name: 'a release the tag does not name',
      code: `${SYNTAX}FROM python:3.14-slim AS run\nRUN apt-get update && apt-get install -y libssl3t64\nUSER 1\n`,
    },
  ],
  invalid: [
    {
      name: 'libssl3t64 on bookworm',
      code: `${SYNTAX}FROM debian:bookworm-slim AS run\nRUN apt-get update && apt-get install -y libssl3t64\nUSER 1\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 52, severity: 'error', message: "Install 'libssl3' there" }],
    },
    {
      name: 'a -slim-bookworm language tag, in a stage built FROM it',
      code: `${SYNTAX}FROM python:3.12-slim-bookworm AS base\nFROM base AS run\nRUN apt-get update && apt-get install -y libglib2.0-0t64\nUSER 1\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 57, severity: 'error', message: 'Debian 12 (bookworm)' }],
    },
    {
      name: 'ubuntu:22.04',
      code: `${SYNTAX}FROM ubuntu:22.04 AS run\nRUN apt-get update && apt-get install -y libcurl4t64\nUSER 1\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 53, severity: 'error', message: 'Ubuntu 22.04 (jammy)' }],
    },
  ],
});

ruleTester('MS102', {
  valid: [
    { name: 'useradd on Debian', code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN useradd --system app\nUSER app\n` },
    {
      name: "BusyBox's adduser on Alpine",
      code: `${SYNTAX}FROM alpine:3.23 AS run\nRUN addgroup -S app && adduser -S -G app app\nUSER app\n`,
    },
    { name: 'shadow installed first', code: `${SYNTAX}FROM alpine:3.23 AS run\nRUN apk add --no-cache shadow && useradd app\nUSER app\n` },
    {
      name: 'shadow installed in a parent stage',
      code: `${SYNTAX}FROM alpine:3.23 AS base\nRUN apk add --no-cache shadow\nFROM base AS run\nRUN useradd app\nUSER app\n`,
    },
    {
      name: 'a script written for both userlands',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nRUN if command -v useradd; then useradd app; else adduser -D app; fi\nUSER app\n`,
    },
    // Debian 12 and Ubuntu 22.04 still ship adduser; so does a trixie image that installs it first.
    { name: 'adduser on bookworm', code: `${SYNTAX}FROM python:3.14-slim-bookworm AS run\nRUN adduser --system app\nUSER app\n` },
    // python 3.9 and older were no longer built when the default moved to trixie.
    { name: 'adduser on python:3.9-slim (bookworm)', code: `${SYNTAX}FROM python:3.9-slim AS run\nRUN adduser --system app\nUSER app\n` },
    { name: 'adduser on debian:12', code: `${SYNTAX}FROM debian:12-slim AS run\nRUN addgroup --system app\n` },
    {
      name: 'adduser on ubuntu:22.04',
      code: `${SYNTAX}FROM ubuntu:22.04 AS run\nRUN adduser --disabled-password --gecos '' app\nUSER app\n`,
    },
    // Images built on Ubuntu 26.04 that install more may have it back (eclipse-temurin's have).
    { name: 'adduser on eclipse-temurin', code: `${SYNTAX}FROM eclipse-temurin:25-jre AS run\nRUN adduser --system app\nUSER app\n` },
    {
      name: 'an install with its recommendations may bring it (git recommends openssh-client, which needs adduser)',
      code: `${SYNTAX}FROM ubuntu:24.04 AS run\nRUN apt-get update && apt-get install -y git\nRUN adduser --system app\n`,
    },
    {
      name: 'gnupg (through dirmngr) brings adduser on trixie',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get update && apt-get install -y --no-install-recommends gnupg && adduser --system app\nUSER app\n`,
    },
    {
      name: 'an install through a wrapper the model cannot read may bring it',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-dpkg-wrap apt-get install -y gnupg && adduser --system app\n`,
    },
    {
      name: 'a package that depends on adduser installed first',
      code: `${SYNTAX}FROM ubuntu:24.04 AS run\nRUN apt-get update && apt-get install -y openssh-server\nRUN adduser --system sshd-user\n`,
    },
    { name: 'adduser on a full (non-slim) language image', code: `${SYNTAX}FROM golang:1.27 AS run\nRUN adduser --system app\n` },
    {
      name: 'adduser installed first on trixie',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get update && apt-get install -y --no-install-recommends adduser && adduser --system app\nUSER app\n`,
    },
  ],
  invalid: [
    {
      name: "adduser on python's slim tag, trixie by default",
      code: `${SYNTAX}FROM python:3.14-slim AS run\nRUN adduser --disabled-password --gecos "" app\nUSER app\n`,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 47,
          severity: 'error',
          message: "'adduser' does not exist on 'python:3.14-slim': Debian 13 (trixie)",
        },
      ],
    },
    {
      name: 'adduser on ubuntu:24.04, after tools that do not bring it',
      code: `${SYNTAX}FROM ubuntu:24.04 AS run\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libssl3t64\nRUN adduser --disabled-password --gecos '' app\n`,
      errors: [
        { line: 4, column: 1, endLine: 4, endColumn: 47, severity: 'error', message: "on 'ubuntu:24.04': Ubuntu 24.04 and later leave" },
      ],
    },
    {
      name: 'addgroup on ubuntu with no tag (latest)',
      code: `${SYNTAX}FROM ubuntu AS run\nRUN addgroup --system app\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 26, severity: 'error', message: 'use groupadd' }],
    },
    {
      name: 'addgroup on debian:stable-slim, with the groupadd to use instead',
      code: `${SYNTAX}FROM debian:stable-slim AS run\nRUN addgroup --system app\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 26, severity: 'error', message: 'use groupadd' }],
    },
    {
      name: 'adduser on a -trixie-slim node tag',
      code: `${SYNTAX}FROM node:24-trixie-slim AS run\nRUN adduser --system app\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 25, severity: 'error', message: "'adduser' does not exist" }],
    },
    {
      name: 'a stage the default build skips: a warning',
      code: `${SYNTAX}FROM alpine:3.23 AS other\nRUN useradd x\nFROM debian:trixie-slim AS run\nUSER 1\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 14, severity: 'warning', message: "'useradd' does not exist" }],
    },
    {
      name: 'useradd on an -alpine language image',
      code: `${SYNTAX}FROM eclipse-temurin:25-jre-alpine AS run\nRUN groupadd app && useradd -g app app\nUSER app\n`,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 39,
          severity: 'error',
          message: "'groupadd' does not exist on 'eclipse-temurin:25-jre-alpine'",
        },
        { line: 3, column: 1, endLine: 3, endColumn: 39, severity: 'error', message: "'useradd' does not exist" },
      ],
    },
  ],
});

ruleTester('MS103', {
  valid: [
    {
      name: 'installs before the USER line',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get update && apt-get install -y curl\nUSER 1000\n`,
    },
    {
      name: 'back to root for the install',
      code: `${SYNTAX}FROM node:24-slim AS run\nUSER node\nUSER root\nRUN apt-get update\nUSER node\n`,
    },
    {
      name: 'sudo is the user’s own business',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nUSER dev\nRUN sudo apt-get install -y curl\n`,
    },
    {
      name: 'a user named by a variable is not judged',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nARG U\nUSER $U\nRUN apt-get update\n`,
    },
    {
      name: 'chown of what the user owns may work: not judged',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN useradd -m app\nUSER app\nRUN chown -R app /home/app\n`,
    },
    { name: 'npm install needs no root', code: `${SYNTAX}FROM node:24-slim AS run\nUSER node\nRUN npm ci\n` },
  ],
  invalid: [
    {
      name: 'apk add after USER nobody, in a stage built on another',
      code: `${SYNTAX}FROM alpine:3.23 AS base\nUSER nobody:nobody\nFROM base AS run\nRUN apk add --no-cache curl\n`,
      errors: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 28,
          severity: 'error',
          message: "'apk add' needs root, but this RUN of 'run' runs as 'nobody'",
        },
      ],
    },
    {
      name: 'a user created, then packages installed as that user',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN useradd notes\nUSER notes\nRUN apt-get update && apt-get install -y curl\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 46, severity: 'error', message: "'apt-get update' needs root" }],
    },
    {
      name: 'an image that runs unprivileged by default',
      code: `${SYNTAX}FROM nginxinc/nginx-unprivileged:1.30-alpine AS web\nRUN apk add --no-cache curl\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 28, severity: 'error', message: 'runs as the image’s default user' }],
    },
  ],
});

ruleTester('MS104', {
  valid: [
    { name: 'a JSON exec form', code: `${SYNTAX}FROM node:24-slim AS run\nUSER node\nCMD ["node", "server.js"]\n` },
    { name: 'shell form is another rule’s business', code: `${SYNTAX}FROM node:24-slim AS run\nUSER node\nCMD node server.js\n` },
    {
      name: 'a shell test with a comma inside quotes is no list',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD [ -f /x ] && exec app || [ -n "$A,B" ]\n`,
    },
    {
      name: 'escaped quotes inside a JSON string are JSON',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nENTRYPOINT ["sh", "-c", "exec /app \\"$@\\"", "--"]\n`,
    },
    {
      name: 'a shell test is no list',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD [ "$MODE" = "dev" ] && exec ./dev || exec ./app\n`,
    },
    {
      name: 'a broken CMD in a stage that does not ship',
      code: `${SYNTAX}FROM alpine:3.23 AS tool\nCMD ['tool']\nFROM alpine:3.23 AS run\nUSER 1000\nCMD ["/app"]\n`,
    },
    {
      name: 'a broken CMD the shipped stage overrides',
      code: `${SYNTAX}FROM alpine:3.23 AS base\nCMD ['old']\nFROM base AS run\nUSER 1000\nCMD ["/app"]\n`,
    },
  ],
  invalid: [
    {
      name: 'single quotes',
      code: `${SYNTAX}FROM node:24-slim AS run\nUSER node\nCMD ['node', 'server.js']\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 26, severity: 'warning', message: `Write CMD ["node", "server.js"]` }],
    },
    {
      name: 'bare words, in an ENTRYPOINT inherited from the stage it is built on',
      code: `${SYNTAX}FROM alpine:3.23 AS base\nENTRYPOINT [/app, --port, 80]\nFROM base AS run\nUSER 1000\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 30, severity: 'warning', message: 'first word, `[/app,`, is no program' }],
    },
    {
      name: 'bare words with no commas',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD [node app.js]\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 18, severity: 'warning', message: 'Write CMD ["node", "app.js"]' }],
    },
    {
      name: 'a comment right after the bracket, on a list that is no JSON either',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD ['node', 'app.js']# start it\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 33, severity: 'warning', message: 'is not valid JSON' }],
    },
    {
      name: 'a comment after the list, which Docker does not drop',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD ["/app", "--port=80"] # the API\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 36, severity: 'warning', message: 'has a comment after the list' }],
    },
    {
      name: 'a quote left open',
      code: `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD ["/app", "--port=80]\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 25, severity: 'warning', message: 'is not valid JSON' }],
    },
  ],
});

describe('MS104 --fix', () => {
  it('rewrites the line it reports as the exec form it meant, and leaves one it cannot read', () => {
    const broken = `${SYNTAX}FROM node:24-slim AS run\nUSER node\nCMD ['node', 'server.js']\n`;
    expect(fixText(broken).text).toBe(`${SYNTAX}FROM node:24-slim AS run\nUSER node\nCMD ["node", "server.js"]\n`);
    const unreadable = `${SYNTAX}FROM node:24-slim AS run\nUSER node\nCMD ['node', "it's]\n`;
    expect(fixText(unreadable).text).toBe(unreadable);
    // Each word as quoted: a comma or the other quote inside stays in its word.
    const comma = `${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD ['sh', '-c', 'echo a, b', "it's"]\n`;
    expect(fixText(comma).text).toBe(`${SYNTAX}FROM alpine:3.23 AS run\nUSER 1000\nCMD ["sh", "-c", "echo a, b", "it's"]\n`);
  });
});

ruleTester('MS105', {
  valid: [
    {
      name: 'update and install in one RUN',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\n`,
    },
    {
      name: 'lists left by an earlier RUN of the chain',
      code: `${SYNTAX}FROM ubuntu:24.04 AS base\nRUN apt-get update\nFROM base AS run\nRUN apt-get install -y curl\nUSER 1000\n`,
    },
    {
      name: 'options with values before the action',
      code: `${SYNTAX}FROM debian:trixie AS run\nRUN apt-get -o Acquire::Retries=3 update && apt-get -t trixie-backports install -y curl\nUSER 1000\n`,
    },
    {
      name: 'an image it does not know may ship lists',
      code: `${SYNTAX}FROM myorg/base:1 AS run\nRUN apt-get install -y curl\nUSER 1000\n`,
    },
    {
      name: 'a setup script piped to bash may run apt-get update itself',
      code: `${SYNTAX}FROM node:24-trixie-slim AS run\nRUN curl -fsSL https://example.com/setup.sh | bash - && apt-get install -y thing\nUSER node\n`,
    },
    {
      name: 'a cache mount over /var/lib/apt',
      code: `${SYNTAX}FROM debian:trixie AS run\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get install -y curl\nUSER 1000\n`,
    },
    {
      name: 'a local .deb needs no lists',
      code: `${SYNTAX}FROM debian:trixie AS run\nCOPY app.deb /tmp/\nRUN apt-get install -y /tmp/app.deb\nUSER 1000\n`,
    },
    {
      name: 'apt knows what the image already has, and upgrade needs no lists',
      code: `${SYNTAX}FROM debian:trixie AS run\nRUN apt-get install -y bash libc6 && apt-get upgrade -y\nUSER 1000\n`,
    },
    {
      name: 'other official images preinstall many packages (golang has git and gcc): not judged',
      code: `${SYNTAX}FROM golang:1.27 AS run\nRUN apt-get install -y git make\nUSER 1000\n`,
    },
    {
      name: 'lists bind-mounted from a stage that updated them',
      code: `${SYNTAX}FROM debian:trixie AS lists\nRUN apt-get update\nFROM debian:trixie AS run\nRUN --mount=type=bind,from=lists,source=/var/lib/apt/lists,target=/var/lib/apt/lists apt-get install -y curl\nUSER 1000\n`,
    },
    {
      name: "APT 3's install --update refreshes the lists first (docker-library httpd, haproxy)",
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN set -eux; apt-get install --update -y --no-install-recommends ca-certificates socat; apt-get dist-clean\nRUN apt -y --update install curl\nUSER 1000\n`,
    },
    {
      name: 'apt-get update run by another program (timeout, nice -n 10)',
      code: `${SYNTAX}FROM debian:trixie AS run\nRUN timeout 300 apt-get update && nice -n 10 apt-get update && apt-get install -y curl\nUSER 1000\n`,
    },
    {
      name: 'removing one folder inside the lists leaves them',
      code: `${SYNTAX}FROM debian:trixie AS run\nRUN apt-get update && rm -rf /var/lib/apt/lists/partial && apt-get install -y curl\nUSER 1000\n`,
    },
    { name: 'Alpine has no apt', code: `${SYNTAX}FROM python:3.14-alpine AS run\nRUN apk add --no-cache curl\nUSER 1000\n` },
  ],
  invalid: [
    {
      name: 'install with no update',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get install -y --no-install-recommends ca-certificates\nUSER 1000\n`,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 63,
          severity: 'error',
          message: "'apt-get install' in 'run' runs with empty package lists",
        },
      ],
    },
    {
      name: 'lists removed by the RUN before',
      code: `${SYNTAX}FROM ubuntu:24.04 AS run\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt install -y jq\nUSER 1000\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 22, severity: 'error', message: "'apt install'" }],
    },
    {
      name: 'a header package is never in the image',
      code: `${SYNTAX}FROM ubuntu:24.04 AS run\nRUN apt-get install -y libpq-dev\nUSER 1000\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 33, severity: 'error', message: 'empty package lists' }],
    },
    {
      name: 'a pinned version is still a package to find',
      code: `${SYNTAX}FROM debian:trixie-slim AS run\nRUN apt-get install -y curl=8.14.1-2\nUSER 1000\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 37, severity: 'error', message: 'empty package lists' }],
    },
    {
      name: 'a warning in a stage the default build skips',
      code: `${SYNTAX}FROM debian:trixie AS tools\nRUN apt-get install -y graphviz\nFROM alpine:3.23 AS run\nUSER 1000\n`,
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 32, severity: 'warning', message: 'empty package lists' }],
    },
  ],
});

ruleTester('MS108', {
  valid: [
    {
      name: 'an -aot SDK tag carries clang',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build\nRUN dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o /out\n`,
    },
    {
      name: 'clang installed before the publish',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN apt-get update && apt-get install -y clang zlib1g-dev\nRUN dotnet publish -p:PublishAot=true -o /out\n`,
    },
    {
      name: 'a self-contained publish needs no linker',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish --self-contained -r linux-x64 -o /out\n`,
    },
    { name: 'AOT off', code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -p:PublishAot=false -o /out\n` },
    {
      name: 'a publish the RUN may skip',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nARG AOT=false\nRUN if [ "$AOT" = "true" ]; then dotnet publish -p:PublishAot=true -o /out; else dotnet publish -o /out; fi\n`,
    },
    {
      name: 'PublishAot does nothing before .NET 7',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nRUN dotnet publish -p:PublishAot=true -o /out\n`,
    },
    {
      name: 'a script run first may install the linker',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nCOPY install-deps.sh /\nRUN /install-deps.sh\nRUN dotnet publish -p:PublishAot=true -o /out\n`,
    },
  ],
  invalid: [
    {
      name: 'AOT on the plain SDK tag',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o /out\n`,
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 70, severity: 'error', message: "Platform linker ('clang' or 'gcc') not found" },
      ],
    },
    {
      name: 'AOT through an ARG, with clang installed only after it',
      code: `${SYNTAX}FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build\nARG PublishAot=true\nRUN dotnet publish -r linux-musl-x64 -o /out\nRUN apk add clang\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 45, severity: 'error', message: 'sdk:10.0-alpine' }],
    },
  ],
});

ruleTester('MS109', {
  valid: [
    { name: 'the floating 1.x tag is never too old', code: '# syntax=docker/dockerfile:1\nFROM alpine:3.23 AS a\nRUN <<X\ntrue\nX\n' },
    { name: 'a release that has the feature', code: '# syntax=docker/dockerfile:1.4\nFROM alpine:3.23 AS a\nCOPY --link a /a\n' },
    { name: 'heredocs in 1.3-labs', code: '# syntax=docker/dockerfile:1.3-labs\nFROM alpine:3.23 AS a\nRUN <<X\ntrue\nX\n' },
    {
      name: 'RUN --mount from 1.2',
      code: '# syntax=docker/dockerfile:1.2.1\nFROM alpine:3.23 AS a\nRUN --mount=type=cache,target=/root/.cache true\n',
    },
    {
      name: 'a # check directive is a comment to older releases',
      code: '# syntax=docker/dockerfile:1.2\n# check=error=true\nFROM alpine:3.23 AS a\n',
    },
    { name: 'no pin: MS001 speaks instead', code: 'FROM alpine:3.23 AS a\nCOPY --link a /a\n' },
    { name: 'a quoted << opens no heredoc', code: '# syntax=docker/dockerfile:1.2\nFROM alpine:3.23 AS a\nRUN echo "usage: cat <<EOF"\n' },
    {
      name: 'a shift in shell arithmetic is no heredoc',
      code: '# syntax=docker/dockerfile:1.2\nFROM alpine:3.23 AS a\nRUN x=$((1 <<2)); echo $x\n',
    },
  ],
  invalid: [
    {
      name: 'a heredoc under 1.2',
      code: '# syntax=docker/dockerfile:1.2\nFROM alpine:3.23 AS a\nRUN <<X\ntrue\nX\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 31, severity: 'error', message: 'a heredoc (line 3), which came in 1.4' }],
    },
    {
      name: 'COPY --link under 1.3, pinned by digest too',
      code: '# syntax=docker/dockerfile:1.3@sha256:42399d4635eddd7a9b8a24be879d2f9a930d0ed040a61324cfdf59ef1357b3b2\nFROM alpine:3.23 AS a\nCOPY --link a /a\n',
      errors: [{ line: 1, column: 1, severity: 'error', message: 'COPY --link (line 3), which came in 1.4' }],
    },
    {
      name: 'RUN --mount before 1.2',
      code: '# syntax=docker/dockerfile:1.1\nFROM alpine:3.23 AS a\nRUN --mount=type=secret,id=t cat /run/secrets/t\n',
      errors: [{ line: 1, column: 1, severity: 'error', message: 'RUN --mount (line 3), which came in 1.2' }],
    },
    {
      name: 'COPY --parents before any release had it',
      code: '# syntax=docker/dockerfile:1.6\nFROM alpine:3.23 AS a\nCOPY --parents ./a/*/x /x/\n',
      errors: [{ line: 1, column: 1, severity: 'error', message: 'COPY --parents (line 3), which this release does not have' }],
    },
  ],
});

ruleTester('MS110', {
  valid: [
    {
      name: 'USER before WORKDIR: BuildKit makes the folder as that user',
      code: `${SYNTAX}FROM node:24-slim AS app\nUSER node\nWORKDIR /app\nCOPY --chown=node:node package*.json ./\nRUN npm ci\n`,
    },
    {
      name: 'the folder given to the user before the USER line',
      code: `${SYNTAX}FROM node:24-slim AS app\nWORKDIR /app\nRUN chown node:node /app\nUSER node\nRUN npm ci\n`,
    },
    {
      name: 'everything installed as root, USER only at the end',
      code: `${SYNTAX}FROM node:24-slim AS app\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nUSER node\nCMD ["node", "server.js"]\n`,
    },
    {
      name: "a folder of the user's own home",
      code: `${SYNTAX}FROM node:24-slim AS app\nWORKDIR /home/node/app\nUSER node\nRUN mkdir -p cache\n`,
    },
    {
      name: 'mkdir -p of a folder a COPY already brought',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nWORKDIR /srv\nCOPY instance ./instance\nUSER 10001\nRUN mkdir -p /srv/instance\n`,
    },
    {
      name: 'a base image nobody lists: its folders are unknown',
      code: `${SYNTAX}FROM example.com/team/node-base:3 AS app\nWORKDIR /app\nUSER node\nRUN npm ci\n`,
    },
    {
      name: 'writes somewhere else: a global install, /tmp',
      code: `${SYNTAX}FROM node:24-slim AS app\nWORKDIR /app\nUSER node\nRUN mkdir -p /tmp/cache && npm install --prefix /tmp/tools left-pad\n`,
    },
    {
      name: 'a user named by a variable is not judged',
      code: `${SYNTAX}FROM node:24-slim AS app\nARG U\nWORKDIR /app\nUSER $U\nRUN npm ci\n`,
    },
    {
      name: 'a RUN that changes folder first',
      code: `${SYNTAX}FROM node:24-slim AS app\nWORKDIR /app\nUSER node\nRUN cd /home/node && npm ci\n`,
    },
    {
      name: 'a virtualenv given to the user before it installs',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN python -m venv /opt/venv && chown -R 10001 /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nUSER 10001\nRUN pip install flask\n`,
    },
    {
      name: 'a virtualenv the user made',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nUSER 10001\nRUN python -m venv /tmp/venv\nENV PATH="/tmp/venv/bin:$PATH"\nRUN pip install flask\n`,
    },
  ],
  invalid: [
    {
      name: 'npm ci as node in a folder WORKDIR made as root',
      code: `${SYNTAX}FROM node:24-slim AS app\nWORKDIR /app\nUSER node\nCOPY package*.json ./\nRUN npm ci --omit=dev\n`,
      errors: [
        {
          line: 6,
          column: 1,
          severity: 'error',
          message: "'npm ci' writes into /app as 'node', but WORKDIR on line 3 made /app while 'app' still ran as root",
        },
      ],
    },
    {
      name: 'npm prune after USER, in a stage built FROM the one that made the folder',
      code: `${SYNTAX}FROM node:24 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM deps AS prod\nUSER node\nRUN npm prune --omit=dev\n`,
      errors: [{ line: 8, column: 1, severity: 'error', message: "'npm prune' writes into /app as 'node'" }],
    },
    {
      name: 'mkdir in a system folder of the base image',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nWORKDIR /srv\nUSER 10001\nRUN mkdir -p /srv/instance\n`,
      errors: [{ line: 5, column: 1, severity: 'error', message: '/srv (the WORKDIR on line 3) is a system folder of the base image' }],
    },
    {
      name: 'pip install as a user into a virtualenv root made, in a stage built FROM it',
      code: `${SYNTAX}FROM python:3.14-slim AS build\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nFROM build AS app\nUSER 10001\nRUN pip install flask\n`,
      errors: [{ line: 7, column: 1, severity: 'error', message: "the RUN on line 3 made /opt/venv while 'build' still ran as root" }],
    },
    {
      name: 'in a stage the default build skips: a warning',
      code: `${SYNTAX}FROM node:24-slim AS dev\nWORKDIR /app\nUSER node\nRUN npm install\nFROM node:24-slim AS app\nCMD ["node"]\n`,
      errors: [{ line: 5, column: 1, severity: 'warning', message: "'npm install' writes into /app as 'node'" }],
    },
  ],
});

ruleTester('MS111', {
  valid: [
    {
      name: 'useradd told the group',
      code: `${SYNTAX}FROM debian:trixie-slim AS app\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app app\nUSER app\n`,
    },
    { name: 'useradd -g in short form', code: `${SYNTAX}FROM debian:trixie-slim AS app\nRUN groupadd -r app && useradd -r -g app app\n` },
    { name: 'no group of its own (-N)', code: `${SYNTAX}FROM debian:trixie-slim AS app\nRUN groupadd app && useradd -N app\n` },
    { name: 'a group of another name', code: `${SYNTAX}FROM debian:trixie-slim AS app\nRUN groupadd web && useradd -G web app\n` },
    { name: 'useradd makes its own group', code: `${SYNTAX}FROM debian:trixie-slim AS app\nRUN useradd --user-group app\n` },
    {
      name: 'an Alpine image is not judged',
      code: `${SYNTAX}FROM alpine:3.23 AS app\nRUN apk add shadow && groupadd app && useradd app\n`,
    },
  ],
  invalid: [
    {
      name: 'groupadd then useradd of the same name',
      code: `${SYNTAX}FROM debian:trixie-slim AS app\nRUN groupadd --gid 10001 notes\nRUN useradd --uid 10001 --no-create-home notes\nUSER notes\n`,
      errors: [{ line: 4, column: 1, severity: 'error', message: "'groupadd notes' (line 3) made the group 'notes'" }],
    },
    {
      name: 'in one RUN, on Ubuntu',
      code: `${SYNTAX}FROM ubuntu:24.04 AS app\nRUN groupadd app && useradd -m -s /bin/bash app\n`,
      errors: [{ line: 3, column: 1, severity: 'error', message: 'use -g" and the build fails' }],
    },
  ],
});

ruleTester('MS112', {
  valid: [
    { name: 'apk on Alpine', code: `${SYNTAX}FROM python:3.14-alpine AS app\nRUN apk add --no-cache libpq\n` },
    {
      name: 'apt-get on a Debian based image',
      code: `${SYNTAX}FROM node:24-slim AS app\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n`,
    },
    {
      name: 'a RUN that picks the manager itself',
      code: `${SYNTAX}FROM alpine:3.23 AS app\nRUN if command -v apk; then apk add curl; else apt-get install -y curl; fi\n`,
    },
    { name: 'apk on a Chainguard (Wolfi) image', code: `${SYNTAX}FROM cgr.dev/chainguard/python:latest-dev AS app\nRUN apk add curl\n` },
    { name: 'an image nobody lists', code: `${SYNTAX}FROM example.com/team/base:1 AS app\nRUN apt-get install -y curl\n` },
    { name: "a template's placeholder tag", code: `${SYNTAX}FROM php:8.4-%%VARIANT%% AS app\nRUN apk add --no-cache icu-libs\n` },
  ],
  invalid: [
    {
      name: 'apt-get in a debug stage built on an Alpine stage',
      code: `${SYNTAX}FROM alpine:3.23 AS runtime\nUSER nobody\nFROM runtime AS debug\nUSER root\nRUN apt-get update && apt-get install -y curl\nFROM runtime AS production\n`,
      errors: [{ line: 6, column: 1, severity: 'warning', message: "built on 'alpine:3.23', which has no apt-get" }],
    },
    {
      name: 'apk on a slim Python image',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN apk add --no-cache libpq\n`,
      errors: [{ line: 3, column: 1, severity: 'error', message: 'That image installs packages with apt-get' }],
    },
  ],
});

ruleTester('MS113', {
  valid: [
    {
      name: 'curl on a full Debian based image',
      code: `${SYNTAX}FROM python:3.14 AS app\nUSER 10001\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n`,
    },
    {
      name: 'curl installed in the final stage',
      code: `${SYNTAX}FROM node:24-slim AS app\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER node\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\n`,
    },
    {
      name: "BusyBox's wget on Alpine",
      code: `${SYNTAX}FROM alpine:3.23 AS app\nUSER nobody\nHEALTHCHECK CMD wget -q --spider http://localhost:8080/ || exit 1\n`,
    },
    {
      name: "the app's own check on distroless",
      code: `${SYNTAX}FROM gcr.io/distroless/static-debian13:nonroot AS app\nCOPY app /app\nHEALTHCHECK CMD ["/app", "-health"]\nENTRYPOINT ["/app"]\n`,
    },
    { name: 'a base nobody lists', code: `${SYNTAX}FROM example.com/team/base:1 AS app\nHEALTHCHECK CMD curl -f http://localhost/\n` },
    { name: 'HEALTHCHECK NONE', code: `${SYNTAX}FROM debian:trixie-slim AS app\nHEALTHCHECK NONE\n` },
    {
      name: "nginx's Alpine image has curl",
      code: `${SYNTAX}FROM nginx:1.29-alpine AS web\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n`,
    },
    {
      name: 'a whole /usr tree copied in may bring curl',
      code: `${SYNTAX}FROM debian:trixie AS deps\nRUN mkdir /install\nFROM debian:trixie-slim AS app\nCOPY --from=deps /install/usr /usr\nHEALTHCHECK CMD curl -f http://localhost/\n`,
    },
  ],
  invalid: [
    {
      name: 'curl on a slim image',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nUSER 10001\nHEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/ || exit 1\n`,
      errors: [{ line: 4, column: 1, severity: 'warning', message: "runs curl, which 'app' (on 'python:3.14-slim') does not have" }],
    },
    {
      name: 'a shell-form check on distroless',
      code: `${SYNTAX}FROM gcr.io/distroless/static-debian13:nonroot AS app\nCOPY app /app\nHEALTHCHECK CMD /app -health\nENTRYPOINT ["/app"]\n`,
      errors: [{ line: 4, column: 1, severity: 'warning', message: 'is in shell form, which runs /bin/sh' }],
    },
    {
      name: 'one finding for a check the shipped stage inherits',
      code: `${SYNTAX}FROM alpine:3.23 AS runtime\nUSER nobody\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nFROM runtime AS production\n`,
      errors: [{ line: 4, column: 1, severity: 'warning', message: "which 'production' (on 'alpine:3.23') does not have" }],
    },
    {
      name: 'curl on Alpine',
      code: `${SYNTAX}FROM alpine:3.23 AS app\nUSER nobody\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/"]\n`,
      errors: [{ line: 4, column: 1, severity: 'warning', message: "Use BusyBox's wget" }],
    },
  ],
});

ruleTester('MS114', {
  valid: [
    {
      name: 'pip in the venv without --user',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install flask\n`,
    },
    { name: '--user with the system pip', code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN pip install --user flask\n` },
    {
      name: 'a venv that sees the system and user site-packages',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN python -m venv --system-site-packages /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install --user flask\n`,
    },
    {
      name: 'uv has no such refusal',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN uv venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN uv pip install --user flask\n`,
    },
  ],
  invalid: [
    {
      name: '--user with the venv first on PATH',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install --no-cache-dir --user -r requirements.txt\n`,
      errors: [{ line: 5, column: 1, severity: 'error', message: 'runs the pip of the virtualenv /opt/venv' }],
    },
    {
      name: 'PIP_USER=1 with the venv pip by its path',
      code: `${SYNTAX}FROM python:3.14-slim AS app\nRUN python -m venv /venv\nENV PIP_USER=1\nRUN /venv/bin/pip install flask\n`,
      errors: [{ line: 5, column: 1, severity: 'error', message: 'pip refuses a user install there' }],
    },
  ],
});

ruleTester('MS115', {
  valid: [
    {
      name: 'xx copied in from the image',
      code: `${SYNTAX}FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS build\nCOPY --from=tonistiigi/xx / /\nARG TARGETPLATFORM\nRUN xx-go build -o /out/app .\n`,
    },
    {
      name: 'xx copied from a stage on tonistiigi/xx',
      code: `${SYNTAX}FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx\nFROM --platform=$BUILDPLATFORM rust:1-alpine AS build\nCOPY --from=xx / /\nARG TARGETPLATFORM\nRUN xx-cargo build --release\n`,
    },
    {
      name: 'a stage built FROM one that copied xx',
      code: `${SYNTAX}FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS base\nCOPY --from=tonistiigi/xx / /\nFROM base AS build\nRUN xx-go build -o /out/app .\n`,
    },
    {
      name: 'a copy from an image given by a variable',
      code: `${SYNTAX}ARG XX=tonistiigi/xx\nFROM golang:1.27-alpine AS build\nCOPY --from=\${XX} / /\nRUN xx-go build .\n`,
    },
  ],
  invalid: [
    {
      name: 'xx-go with no copy of xx',
      code: `${SYNTAX}FROM --platform=$BUILDPLATFORM golang:1.27-alpine AS build\nARG TARGETPLATFORM\nRUN xx-go build -o /out/app .\n`,
      errors: [
        { line: 4, column: 1, severity: 'error', message: "'xx-go' is one of tonistiigi/xx's helpers, but 'build' never copies them in" },
      ],
    },
  ],
});
