// Typing, pasting and reading in a real terminal (tmux), as #15 and #16 found them: paste then
// Enter, defaults, errors, pastes that hold commands, Ctrl-C behind a flood of keys, small sizes.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/engine/lint';
import { ensureBuilt, hasTmux, startTutor, type Session } from './tmux-harness';

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
const count = lint(broken).findings.length;
const summary = new RegExp(`^${count} findings?\\s*$`, 'm');

let session: Session | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});
function open(size: { columns: number; rows: number }, env: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'tui-e2e-'));
  const work = mkdtempSync(join(tmpdir(), 'tui-e2e-work-'));
  session = startTutor(home, work, size, env);
  return { s: session, home, work };
}

describe.skipIf(!hasTmux)('text fields in a real terminal', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('Lint: a pasted path then Enter lints exactly the path shown, 5 tries of 5 (100×30)', async () => {
    const { s, work } = open({ columns: 100, rows: 30 });
    for (let i = 1; i <= 5; i++) writeFileSync(join(work, `dotnet${i}.Dockerfile`), broken);
    await s.waitFor('q quit');
    s.keys('4');
    await s.waitFor('Dockerfile: Dockerfile');
    for (let i = 1; i <= 5; i++) {
      if (i > 1) {
        s.keys('/');
        await s.waitFor('typing replaces');
        s.keys('C-u');
        await s.waitFor(/^Dockerfile: *$/m);
      }
      // The paste and the Enter reach the app together, as when a user pastes and hits Enter at once.
      s.paste(`dotnet${i}.Dockerfile`);
      s.keys('Enter');
      const screen = await s.waitFor(
        (t) => t.includes(`Dockerfile: dotnet${i}.Dockerfile`) && (summary.test(t) || t.includes('no such file')),
      );
      expect(screen).not.toContain('no such file');
    }
  }, 60_000);

  it('Lint: typing replaces the default; after an error the field stays open and the first / is kept; ~ and Ctrl-U work', async () => {
    const { s, work, home } = open({ columns: 100, rows: 30 });
    writeFileSync(join(work, 'api.Dockerfile'), broken);
    writeFileSync(join(home, 'mine.Dockerfile'), broken);
    await s.waitFor('q quit');
    s.keys('4');
    await s.waitFor('Dockerfile: Dockerfile');
    s.literal('nosuch');
    await s.waitFor('Dockerfile: nosuch');
    expect(s.screen()).not.toContain('Dockerfilenosuch');
    s.keys('Enter');
    const failed = await s.waitFor('no such file');
    expect(failed).toContain('Ctrl-U clear');
    expect(failed).not.toContain('- to read standard input');
    s.keys('C-u');
    s.literal(`${work}/api.Dockerfile`);
    await s.waitFor(`Dockerfile: ${work}/api.Dockerfile`);
    s.keys('Enter');
    await s.waitFor(summary);
    s.keys('/');
    await s.waitFor('typing replaces');
    s.keys('C-u');
    s.literal('~/mine.Dockerfile');
    s.keys('Enter');
    // The status line said "typing replaces…" until this Enter: the count is the new file's.
    const mine = await s.waitFor((t) => t.includes('Dockerfile: ~/mine.Dockerfile') && (summary.test(t) || t.includes('no such file')));
    expect(mine).not.toContain('no such file');
  }, 60_000);

  it('Graph: an unknown target keeps the field open and typing replaces it (not publishnosuch)', async () => {
    const { s, work } = open({ columns: 100, rows: 30 });
    writeFileSync(join(work, 'Dockerfile'), 'FROM alpine:3.20 AS build\nRUN true\nFROM scratch AS publish\nCOPY --from=build /x /x\n');
    await s.waitFor('q quit');
    s.keys('5');
    await s.waitFor('Dockerfile: Dockerfile');
    s.keys('Enter');
    await s.waitFor('plain build');
    s.keys('t');
    await s.waitFor('--target (empty: plain build):');
    s.literal('nosuch');
    s.keys('Enter');
    await s.waitFor('no such stage (stages: build, publish)');
    s.literal('publish');
    s.keys('Enter');
    const drawn = await s.waitFor("BuildKit's order for --target publish");
    expect(drawn).not.toContain('publishnosuch');
  }, 60_000);
});

describe.skipIf(!hasTmux)('pastes and Ctrl-C in a real terminal', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a paste holding q and shell commands neither quits nor reaches the shell after quitting', async () => {
    const { s, home } = open({ columns: 100, rows: 30 });
    await s.waitFor('q quit');
    const marker = join(home, 'PASTE-RAN');
    s.paste(`q\nq\ntouch ${marker}\n`.repeat(17));
    s.keys('Down');
    await s.waitFor('› 2  Decision trees');
    expect(s.screen()).not.toContain('EXITED:');
    s.keys('C-c');
    const after = await s.waitFor('LEFTOVER:');
    expect(after).toContain('EXITED:0');
    expect(after).toMatch(/LEFTOVER:\[\s*\]/);
  }, 60_000);

  it('Ctrl-C quits at once behind 500 held keys and a 5,000-character paste, and leaves nothing for the shell', async () => {
    const { s } = open({ columns: 100, rows: 30 });
    await s.waitFor('q quit');
    s.keys('1');
    await s.waitFor('sections · / search');
    s.keys('Tab');
    await s.waitFor('↑↓ scroll');
    // Key repeat: 500 j's in one go, then a long paste, then Ctrl-C right behind them.
    s.literal('j'.repeat(500));
    s.paste('x'.repeat(5000));
    s.keys('C-c');
    // One key per frame would take tens of seconds; Ctrl-C goes first, so the default wait is plenty.
    const after = await s.waitFor('LEFTOVER:', 8000);
    expect(after).toContain('EXITED:0');
    expect(after).toMatch(/LEFTOVER:\[\s*\]/);
  }, 60_000);
});

describe.skipIf(!hasTmux)('reading at small sizes in a real terminal', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('at 60×20 and 40×12 the exercise goals wrap instead of ending in …', async () => {
    const { s } = open({ columns: 60, rows: 20 });
    await s.waitFor('q quit');
    s.keys('3');
    await s.waitFor('0/');
    s.keys('Enter');
    await s.waitFor('not yet');
    for (const size of [
      { columns: 60, rows: 20 },
      { columns: 40, rows: 12 },
    ]) {
      s.resize(size.columns, size.rows);
      await s.waitFor((t) => t.split('\n').every((l) => [...l].length <= size.columns) && t.includes('not yet'));
      // Scroll to the goals and read every line of the body: none is cut with an ellipsis.
      s.keys('g');
      const seen: string[] = [];
      for (let i = 0; i < 40 && !seen.join('\n').includes('Findings'); i++) {
        const before = s.screen();
        seen.push(before);
        s.keys('PageDown');
        await s.waitFor((t) => t !== before, 2000).catch(() => undefined);
      }
      const body = seen
        .join('\n')
        .split('\n')
        .filter((l) => /^[✓✗…] /.test(l));
      expect(body.length).toBeGreaterThan(0);
      for (const l of body) expect(l.trimEnd().endsWith('…')).toBe(false);
    }
  }, 90_000);

  it('a bad settings file in the folder does not stop the app: Lint says so in one line and lints without it', async () => {
    const work = mkdtempSync(join(tmpdir(), 'tui-e2e-work-'));
    writeFileSync(join(work, '.multistage-tutor.yml'), 'rules:\n  MS015: offf\n');
    writeFileSync(join(work, 'Dockerfile'), broken);
    const t = (session = startTutor(mkdtempSync(join(tmpdir(), 'tui-e2e-')), work, { columns: 100, rows: 30 }));
    const home = await t.waitFor((x) => x.includes('q quit') || x.includes('EXITED:'));
    expect(home).not.toContain('EXITED:');
    expect(home).not.toContain('.multistage-tutor.yml');
    t.keys('4');
    const lint = await t.waitFor('settings not used');
    const line = lint.split('\n').find((l) => l.includes('settings not used'))!;
    expect(line).toContain('.multistage-tutor.yml:2');
    t.keys('Enter');
    await t.waitFor(summary);
    // Reference needs no settings and says nothing of them.
    t.keys('q');
    await t.waitFor('Pick a place');
    t.keys('1');
    const ref = await t.waitFor('sections');
    expect(ref).not.toContain('settings');
  }, 30_000);

  it('at 20×5 the home list shows the selected row', async () => {
    const { s } = open({ columns: 20, rows: 5 });
    await s.waitFor('› 1');
    for (let i = 2; i <= 5; i++) {
      s.keys('Down');
      await s.waitFor(`› ${i}`);
    }
  }, 30_000);
});
