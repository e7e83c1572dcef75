// Table-driven cases (ESLint's RuleTester shape) for the rules whose other tests are examples
// rather than tables: MS020, MS021, MS023 and MS100. The tables of the other rules live in
// engine-rule-cases.test.ts (MS000–MS017) and engine-facts-rules.test.ts (rules on the facts layer).
import { ruleTester } from './rule-tester';

const SYNTAX = '# syntax=docker/dockerfile:1\n';

ruleTester('MS020', {
  valid: [
    {
      name: 'the debug stage exists but the lean one is last',
      code: `${SYNTAX}FROM debian:trixie-slim AS base\nFROM base AS debug\nRUN apt-get update && apt-get install -y strace\nFROM base AS runtime\nRUN apt-get update && apt-get install -y curl\nUSER 1000\nCMD ["sh"]\n`,
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
