// An exception inside the engine on the Lint screen: an error panel, never the end of the tutor (#16).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../src/tui/app';
import { readInput } from '../src/cli/io';
import { drive, keys, type Driven } from './tui-harness';

// The real engine, except on a file that names the failure to raise.
vi.mock('../src/engine/lint', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/lint')>();
  return {
    ...real,
    lint: (text: string, ...rest: unknown[]) => {
      if (text.includes('RAISE-IN-ENGINE')) throw new RangeError('Invalid string length');
      return (real.lint as (...a: unknown[]) => ReturnType<typeof real.lint>)(text, ...rest);
    },
  };
});

let current: Driven | null = null;
afterEach(() => {
  current?.unmount();
  current = null;
});

describe('lint screen when the engine throws', () => {
  it('shows an error panel, keeps the app alive, and lints the next file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tui-crash-'));
    writeFileSync(join(dir, 'bad.Dockerfile'), 'FROM alpine\n# RAISE-IN-ENGINE\n');
    writeFileSync(join(dir, 'good.Dockerfile'), 'FROM alpine:3.20 AS app\nUSER 1000\nCMD ["sh"]\n');
    let quit = 0;
    const d = await drive(
      <App
        color={false}
        env={{ env: {}, cwd: dir, readDockerfile: (p, cwd) => readInput(p, { cwd, stdin: process.stdin }) }}
        initial={[{ name: 'home' }, { name: 'lint' }]}
        onQuit={() => quit++}
      />,
    );
    current = d;
    await d.waitFor('Dockerfile: Dockerfile');
    await d.type('bad.Dockerfile');
    await d.press(keys.enter);
    const s = await d.waitFor('The linter failed');
    expect(s).toContain('Invalid string length');
    expect(quit).toBe(0);
    await d.press('/');
    await d.press('\x15');
    await d.type('good.Dockerfile');
    await d.press(keys.enter);
    const after = await d.waitFor(/finding|clean/);
    expect(after).not.toContain('The linter failed');
  });

  it('says "linting…" while the engine runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tui-crash-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\n');
    const d = await drive(
      <App
        color={false}
        env={{ env: {}, cwd: dir, readDockerfile: (p, cwd) => readInput(p, { cwd, stdin: process.stdin }) }}
        initial={[{ name: 'home' }, { name: 'lint' }]}
      />,
    );
    current = d;
    await d.waitFor('Dockerfile: Dockerfile');
    await d.press(keys.enter);
    await d.waitFor(/finding|clean/);
    // The frame before the findings said the engine was at work.
    expect(d.frames().some((f) => f.includes('linting…'))).toBe(true);
  });
});
