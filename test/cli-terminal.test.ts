// Plain commands in a real pseudo-terminal (util-linux `script`), as a newcomer meets them:
// declining `reset` or pressing Ctrl-D at its question, and TERM=dumb, which is no terminal to
// draw the full-screen app on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listExercises } from '../src/exercises';
import { BIN } from './cli-helpers';

const hasScript = spawnSync('script', ['--version']).status === 0;
let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'mst-pty-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Runs the bin in a pty; each step waits for its text on screen, then types `send`. */
function inTerminal(
  args: string[],
  steps: { after: RegExp; send: string }[],
  term = 'xterm-256color',
  columns = 80,
  env: Record<string, string | undefined> = {},
): Promise<{ output: string; code: number | null }> {
  const bin = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  // The terminal's own width (COLUMNS is left unset): what the bin reads from a real terminal.
  const command = `stty cols ${columns} rows 24 && exec ${bin}`;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...process.env, MULTISTAGE_TUTOR_HOME: home, TERM: term, NO_COLOR: '1', COLUMNS: undefined, LINES: undefined, ...env },
    });
    let output = '';
    let next = 0;
    // One decoder for the stream: a multi-byte character split across two chunks stays whole.
    const decoder = new TextDecoder();
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`stuck at step ${next}; screen: ${JSON.stringify(output.slice(-400))}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += decoder.decode(chunk, { stream: true });
      while (next < steps.length && steps[next]!.after.test(output)) child.stdin.write(steps[next++]!.send);
    });
    child.on('exit', (code) => {
      clearTimeout(giveUp);
      resolve({ output, code });
    });
  });
}

const first = listExercises()[0]!;
function editedCopy(): string {
  const path = join(home, 'exercises', first.id, 'Dockerfile');
  mkdirSync(join(home, 'exercises', first.id), { recursive: true });
  writeFileSync(path, '# my work\n');
  return path;
}

describe.skipIf(!hasScript)('in a terminal', () => {
  it('`ref` prints the same coloured section from its own bundle as through the app, and --no-color plain', async () => {
    const colour = { NO_COLOR: undefined, FORCE_COLOR: undefined };
    // Without options dist/ref.js answers; `--` (or any option) sends the same lookup through the app.
    const own = await inTerminal(['ref', 'copy', 'from'], [], 'xterm-256color', 72, colour);
    const app = await inTerminal(['ref', '--', 'copy', 'from'], [], 'xterm-256color', 72, colour);
    expect(own.code).toBe(0);
    expect(own.output).toMatch(/\x1b\[[0-9;]*m/);
    expect(own.output).toContain('COPY --from');
    expect(app.output).toBe(own.output);
    const plain = await inTerminal(['ref', 'copy', 'from', '--no-color'], [], 'xterm-256color', 72, colour);
    expect(plain.output).not.toMatch(/\x1b\[[0-9;]*m/);
    expect(plain.output.replace(/\r/g, '')).toContain('COPY --from: taking artifacts from stages and images');
  });

  it('declining reset keeps the copy, says nothing was reset, and exits 0', async () => {
    const path = editedCopy();
    const { output, code } = await inTerminal(['reset', first.id], [{ after: /\[y\/N\] $/, send: 'n\r' }]);
    expect(output).toMatch(/kept your working copy; nothing was reset/);
    expect(code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('# my work\n');
  });

  it('Ctrl-D at the reset question is a no: a line says nothing was reset, exit 0', async () => {
    const path = editedCopy();
    const { output, code } = await inTerminal(['reset', '1'], [{ after: /\[y\/N\] $/, send: '\x04' }]);
    expect(output).toMatch(/\[y\/N\] \r?\n.*nothing was reset/);
    expect(code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('# my work\n');
    const all = await inTerminal(['reset', '--all'], [{ after: /\[y\/N\] $/, send: '\x04' }]);
    expect(all.output).toMatch(/kept your working copies and progress; nothing was reset/);
    expect(all.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('# my work\n');
  });

  it('TERM=dumb: no full-screen app, but the help and the reference index, exit 0', async () => {
    const { output, code } = await inTerminal([], [], 'dumb');
    expect(code).toBe(0);
    expect(output).not.toContain('\x1b[?1049h');
    expect(output).toContain('Usage:');
    expect(output).toContain('Reference sections');
  });

  it('TERM=dumb: a tree prints its next question instead of asking in the full-screen walker', async () => {
    const { output, code } = await inTerminal(['tree', 'final-base'], [], 'dumb');
    expect(code).toBe(0);
    expect(output).toMatch(/Next question:/);
    expect(output).toMatch(/--answers/);
    expect(output).not.toContain('\x1b[?1049h');
  });

  it('and with a real TERM the same tree is asked interactively (the check above can fail)', async () => {
    const { output } = await inTerminal(['tree', 'final-base'], [{ after: /\?/, send: '\x03' }]);
    expect(output).not.toMatch(/Next question:/);
  });

  it('the tree walker takes keys that arrive in one read one at a time, and draws no colour under NO_COLOR', async () => {
    // One key alone first: once it has moved the marker, the walker reads keys (raw mode is on).
    // Then Up and Enter in one write: Up must land before Enter, so the first answer is chosen.
    const { output } = await inTerminal(
      ['tree', 'final-base'],
      [
        { after: /❯ Yes, it runs on an interpreter/, send: '\x1b[B' },
        { after: /❯ No, it is a compiled binary/, send: '\x1b[A\r' },
        { after: /→ Yes, it runs on an interpreter/, send: 'q' },
      ],
    );
    expect(output).toMatch(/→ Yes, it runs on an interpreter/);
    expect(output).not.toMatch(/→ No, it is a compiled binary/);
    // Colour codes are ESC [ … m with a number from 30 up; bold (1) and reset (22) are no colour.
    expect(output).not.toMatch(/\x1b\[(3|4|9)\dm/);
  });

  it.each([100, 60, 40])('ref image-sizes fits a %i-column terminal with every column of the table', async (columns) => {
    const { output, code } = await inTerminal(['ref', 'image-sizes'], [], 'xterm-256color', columns);
    expect(code).toBe(0);
    const lines = output.replace(/\r/g, '').split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(columns);
    if (columns === 100) expect(output).toMatch(/│ Saved +│/);
    else expect(output).toMatch(/^ {2}Saved: 99%$/m);
    expect(output).toContain('mcr.microsoft.com/dotnet/aspnet:10.0');
  });
});
