// Lint and Stage graph screens, on files in a temporary folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../src/tui/app';
import { lint } from '../src/engine/lint';
import { ruleById } from '../src/engine/rules/index';
import { drive, fits, keys, tick, type Driven } from './tui-harness';
import { readInput } from '../src/cli/io';
import { writeFixesOver } from '../src/cli/fix-file';
import { ruleDoc } from '../src/content/rule-docs';

const broken = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12
COPY --from=0 /out/app /app
USER nonroot
ENTRYPOINT ["/app"]
`;

const graphFile = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
RUN go build -o /app .
FROM build AS test
RUN go test ./...
FROM alpine:3.20 AS certs
RUN apk add ca-certificates
FROM gcr.io/distroless/static-debian12 AS runtime
COPY --from=build /app /app
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
`;

let dir = '';
let current: Driven | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tui-lint-'));
});
afterEach(() => {
  current?.unmount();
  current = null;
});
// The footer lists "↑↓ finding": wait for the line under the path that a finished lint prints.
const LINTED = /^\d+ findings?$|^no findings: clean$/m;

async function openAt(screen: 'lint' | 'graph', columns = 100, rows = 30, today = 'off') {
  current = await drive(
    <App
      color={false}
      env={{
        env: { HOME: dir, MULTISTAGE_TUTOR_TODAY: today },
        cwd: dir,
        readDockerfile: (p, cwd) => readInput(p, { cwd, stdin: process.stdin }),
        writeFixes: (p, cwd, linted, fixed) => writeFixesOver(p, cwd, linted, fixed, { stdin: process.stdin }),
      }}
      initial={[{ name: 'home' }, { name: screen }]}
    />,
    { columns, rows },
  );
  await current.waitFor('Dockerfile:');
  return current;
}

describe('lint screen', () => {
  it('lints ./Dockerfile by default and lists its findings with the source line', async () => {
    writeFileSync(join(dir, 'Dockerfile'), broken);
    const expected = lint(broken).findings;
    expect(expected.length).toBeGreaterThan(0);
    const d = await openAt('lint');
    expect(d.screen()).toContain('Dockerfile: Dockerfile');
    await d.press(keys.enter);
    await d.waitFor(`${expected.length} finding`);
    const first = expected[0]!;
    expect(d.screen()).toContain(`${first.span.start.line}:${first.span.start.column}`);
    expect(d.screen()).toContain(first.rule);
    // the source line of the selected finding, with a caret under it
    expect(d.screen()).toContain(`${String(first.span.start.line).padStart(4)} │ `);
    expect(d.screen()).toMatch(/^\s+\^+/m);
  });

  it('judges end-of-life bases against the day the app is given, as lint does', async () => {
    const old =
      '# syntax=docker/dockerfile:1\nFROM node:18-alpine AS build\nRUN echo hi\nFROM node:18-alpine AS run\nCOPY --from=build /etc/hostname /x\nUSER node\n';
    writeFileSync(join(dir, 'Dockerfile'), old);
    const d = await openAt('lint', 100, 30, '2026-12-07');
    await d.press(keys.enter);
    await d.waitFor('MS023');
    expect(lint(old, { today: '2026-12-07' }).findings.map((f) => f.rule)).toContain('MS023');
  });

  it('opens the rule of a finding with Enter and its section with s', async () => {
    writeFileSync(join(dir, 'Dockerfile'), broken);
    const first = lint(broken).findings[0]!;
    const d = await openAt('lint');
    await d.press(keys.enter);
    await d.waitFor(LINTED);
    await d.press(keys.enter);
    await d.waitFor('Why it matters');
    expect(d.screen()).toContain(`${first.rule} ${first.name}`);
    await d.press('q');
    await d.waitFor((s) => LINTED.test(s) && !s.includes('Why it matters'));
    await d.press('s');
    await d.waitFor(`${ruleDoc(ruleById(first.rule)!).reference} · `);
  });

  it('f shows the fixes as a diff and writes them only after y', async () => {
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, broken);
    const d = await openAt('lint');
    await d.press(keys.enter);
    await d.waitFor(LINTED);
    await d.press('f');
    await d.waitFor('y / n');
    expect(d.screen()).toMatch(/^- COPY --from=0 /m);
    expect(d.screen()).toMatch(/^\+ COPY --from=build /m);
    await d.press('n');
    await d.waitFor('no change made');
    expect(readFileSync(path, 'utf8')).toBe(broken);
    await d.press('f');
    await d.waitFor('y / n');
    await d.press('y');
    await d.waitFor('applied');
    const fixed = readFileSync(path, 'utf8');
    expect(fixed).toContain('COPY --from=build /out/app /app');
    expect(lint(fixed).findings.some((f) => f.rule === 'MS003')).toBe(false);
  });

  it('y leaves a file saved by someone else while the diff was shown, and lints it again', async () => {
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, broken);
    const d = await openAt('lint');
    await d.press(keys.enter);
    await d.waitFor(LINTED);
    await d.press('f');
    await d.waitFor('y / n');
    // The other save adds a shell command to the shell-less final stage: a finding of its own.
    const edited = `${broken}RUN echo saved elsewhere\n`;
    expect(d.screen()).not.toContain('MS101');
    writeFileSync(path, edited);
    await d.press('y');
    await d.waitFor('changed since it was linted');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    // Linted again: f now offers the fixes of the file as it is, and writes them over it.
    await d.waitFor('MS101');
    await d.press('f');
    await d.waitFor('y / n');
    await d.press('y');
    await d.waitFor('applied');
    const fixed = readFileSync(path, 'utf8');
    expect(fixed).toContain('RUN echo saved elsewhere');
    expect(fixed).toContain('COPY --from=build /out/app /app');
  });

  it('reports an unreadable path in one line and lets you type another', async () => {
    writeFileSync(join(dir, 'other.Dockerfile'), broken);
    const d = await openAt('lint');
    await d.press(keys.enter);
    await d.waitFor('no such file');
    await d.press('/');
    for (let i = 0; i < 'Dockerfile'.length; i++) await d.press(keys.backspace);
    await d.type('other.Dockerfile');
    await d.press(keys.enter);
    await d.waitFor(LINTED);
  });

  it('after a path that cannot be read (none, a folder, a binary file) it shows the error, not "linting…"', async () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'binary'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    const d = await openAt('lint');
    await d.press(keys.ctrlU);
    await d.type('nope');
    await d.press(keys.enter);
    let s = await d.waitFor('nope: no such file');
    expect(s).not.toMatch(/linting/);
    for (const [path, error] of [
      ['folder', 'is a directory'],
      ['binary', 'is a binary file'],
    ] as const) {
      await d.press(keys.ctrlU);
      await d.type(path);
      await d.press(keys.enter);
      s = await d.waitFor(`${path}: ${error}`);
      expect(s).not.toMatch(/linting/);
    }
    // Still not claiming to work a moment later.
    await tick(100);
    expect(d.screen()).not.toMatch(/linting/);
  });

  it('fits 60×20', async () => {
    writeFileSync(join(dir, 'Dockerfile'), broken + 'RUN echo ' + 'x'.repeat(200) + '\n');
    const d = await openAt('lint', 60, 20);
    await d.press(keys.enter);
    await d.waitFor(LINTED);
    expect(fits(d.screen(), 60, 20)).toBe(true);
  });
});

describe('stage graph screen', () => {
  it('draws the graph of ./Dockerfile with build steps and target-only stages', async () => {
    writeFileSync(join(dir, 'Dockerfile'), graphFile);
    const d = await openAt('graph');
    await d.press(keys.enter);
    await d.waitFor('BuildKit');
    const s = d.screen();
    expect(s).toContain('only built with --target: test');
    expect(s).toMatch(/runtime {2}gcr\.io\/distroless\/static-debian12 {2}\[ships\]/);
    expect(s).toMatch(/1\. build · certs/);
  });

  it('after a path that cannot be read it shows the error and how to mend it, and claims no drawing', async () => {
    mkdirSync(join(dir, 'folder'));
    const d = await openAt('graph');
    await d.press(keys.ctrlU);
    await d.type('folder');
    await d.press(keys.enter);
    const s = await d.waitFor('folder: is a directory');
    expect(s).toContain('mend the path and press Enter');
    expect(s).not.toMatch(/plain build|linting|drawing/);
  });

  it('t sets a --target and the graph follows', async () => {
    writeFileSync(join(dir, 'Dockerfile'), graphFile);
    const d = await openAt('graph');
    await d.press(keys.enter);
    await d.waitFor('BuildKit');
    await d.press('t');
    await d.type('test');
    await d.press(keys.enter);
    await d.waitFor('docker build --target test builds 2: build, test; ships test');
    await d.press('t');
    await d.type('nope');
    await d.press(keys.enter);
    await d.waitFor('no such stage');
  });

  it('Esc after an unknown target brings back the graph and the target from before', async () => {
    writeFileSync(join(dir, 'Dockerfile'), graphFile);
    const d = await openAt('graph');
    await d.press(keys.enter);
    await d.waitFor('BuildKit');
    await d.press('t');
    await d.type('test');
    await d.press(keys.enter);
    const drawn = await d.waitFor('docker build --target test builds 2: build, test; ships test');
    expect(drawn).toMatch(/^--target test$/m);
    await d.press('t');
    await d.waitFor('--target (empty: plain build):');
    await d.type('nosuch');
    await d.press(keys.enter);
    const refused = await d.waitFor('--target nosuch: no such stage');
    expect(refused).toContain('Esc keeps --target test');
    // The drawing for --target test stays under the refusal.
    expect(refused).toContain('docker build --target test builds 2');
    await d.press(keys.esc);
    const back = await d.waitFor((s) => !s.includes('--target (empty: plain build):'));
    expect(back).toMatch(/^--target test$/m);
    expect(back).toContain('docker build --target test builds 2: build, test; ships test');
    expect(back).not.toContain('nosuch');
  });

  it('fits 60×20 and scrolls a long graph', async () => {
    const many = Array.from({ length: 10 }, (_, i) => `FROM alpine:3.20 AS part${i}\nRUN echo ${i} > /p${i}\n`).join('');
    const last = `FROM alpine:3.20 AS final\n${Array.from({ length: 10 }, (_, i) => `COPY --from=part${i} /p${i} /p${i}\n`).join('')}`;
    writeFileSync(join(dir, 'Dockerfile'), many + last);
    const d = await openAt('graph', 60, 20);
    await d.press(keys.enter);
    await d.waitFor('lines 1–');
    expect(fits(d.screen(), 60, 20)).toBe(true);
    expect(d.screen()).not.toContain("BuildKit's order");
    await d.press('G');
    await d.waitFor("BuildKit's order");
    expect(d.screen()).toMatch(/1\. part0 · part1 · part2/);
    expect(fits(d.screen(), 60, 20)).toBe(true);
  });
});
