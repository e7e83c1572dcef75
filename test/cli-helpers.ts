// Runs the built bin as a user would, and builds throwaway folders of Dockerfiles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import type { CliIO } from '../src/cli/io';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `npm test` builds dist/ first; MULTISTAGE_TUTOR_BIN points the tests at another build. */
export const BIN = process.env.MULTISTAGE_TUTOR_BIN ?? join(ROOT, 'dist', 'cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {},
): Run {
  // Date rules (MS023) off unless a test pins a day: no test changes its outcome because a day passed.
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, MULTISTAGE_TUTOR_TODAY: 'off', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with the given files; removed by the returned function. */
export function workspace(files: Record<string, string | Buffer> = {}): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mst-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A CliIO whose output is captured, for running a command in-process. */
export function fakeIO(overrides: Partial<CliIO> = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  return {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdin: process.stdin,
    cwd: process.cwd(),
    color: false,
    interactive: false,
    columns: 80,
    ...overrides,
    // Date rules (MS023) off unless a test pins a day.
    env: { MULTISTAGE_TUTOR_TODAY: 'off', ...overrides.env },
    out: () => out,
    err: () => err,
  };
}

/** A user-facing error: exactly one line, naming no source file or stack frame. */
export function expectOneLineError(run: Run): void {
  const lines = run.stderr.trimEnd().split('\n');
  if (lines.length !== 1 || /\bat .+:\d+:\d+/.test(run.stderr) || /internal error/.test(run.stderr)) {
    throw new Error(`expected one error line, got:\n${run.stderr}`);
  }
}

/** A warning BuildKit builds anyway: line 8 refers to a stage by index (MS003). */
export const NUMERIC_REF = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=0 /out/app /app
ENTRYPOINT ["/app"]
`;

/** Lints clean under the rules: named stages, pinned images, non-root, static binary. */
export const CLEAN = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

/** Only warnings: the final stage has no name (MS002, info) and runs as root (MS015, warning). */
export const WARNING_ONLY = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

/** Does not build: line 8 names a stage that does not exist (MS007, error), a typo of 'build'. */
export const BROKEN_REF = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=biuld /out/app /app
ENTRYPOINT ["/app"]
`;
