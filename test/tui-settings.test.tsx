// The TUI reads a team's settings file as lint and check do: a rule turned off there is off on the Lint screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { App } from '../src/tui/app';
import { readInput } from '../src/cli/io';
import { rules } from '../src/engine';
import { resolveSettings, setActiveSettings } from '../src/settings';
import { drive, fits, keys, type Driven } from './tui-harness';

let current: Driven | null = null;
afterEach(() => {
  current?.unmount();
  current = null;
  setActiveSettings(null);
});

const FILE =
  '# syntax=docker/dockerfile:1\nFROM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.23 AS run\nCOPY --from=build /app /app\nCMD ["/app"]\n';

async function lintIn(dir: string): Promise<string> {
  writeFileSync(join(dir, 'Dockerfile'), FILE);
  current = await drive(
    <App
      color={false}
      env={{
        env: { HOME: dir, MULTISTAGE_TUTOR_TODAY: 'off' },
        cwd: dir,
        readDockerfile: (p, cwd) => readInput(p, { cwd, stdin: process.stdin }),
      }}
      initial={[{ name: 'home' }, { name: 'lint' }]}
    />,
    { columns: 100, rows: 30 },
  );
  await current.waitFor('Dockerfile:');
  await current.press(keys.enter);
  return current.waitFor(/^\d+ findings?$|^no findings: clean$/m);
}

it('turns off on the Lint screen a rule the settings file turns off', async () => {
  const plain = await lintIn(mkdtempSync(join(tmpdir(), 'tui-settings-')));
  expect(plain).toContain('MS015');
  current!.unmount();
  const team = mkdtempSync(join(tmpdir(), 'tui-settings-'));
  writeFileSync(join(team, '.multistage-tutor.yaml'), 'rules:\n  MS015: off\n');
  setActiveSettings(await resolveSettings(team, {}, rules));
  const screen = await lintIn(team);
  expect(screen).not.toContain('MS015');
});

it('a settings file that could not be used is one line on the Lint screen, and lint runs without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tui-settings-'));
  writeFileSync(join(dir, 'Dockerfile'), FILE);
  const problem = '.multistage-tutor.yml:2: rules.MS015: must be off, info, warning or error (not offf)';
  for (const [columns, rows] of [
    [100, 30],
    [40, 12],
  ] as const) {
    current = await drive(
      <App
        color={false}
        env={{
          env: { HOME: dir, MULTISTAGE_TUTOR_TODAY: 'off' },
          cwd: dir,
          readDockerfile: (p, cwd) => readInput(p, { cwd, stdin: process.stdin }),
          settingsProblem: problem,
        }}
        initial={[{ name: 'home' }, { name: 'lint' }]}
      />,
      { columns, rows },
    );
    const s = await current.waitFor('settings not used');
    const lines = s.split('\n').filter((l) => l.includes('settings not used'));
    expect(lines).toHaveLength(1);
    expect(fits(s, columns, rows)).toBe(true);
    if (columns === 100) expect(lines[0]).toContain('.multistage-tutor.yml:2');
    await current.press(keys.enter);
    const linted = await current.waitFor(/^\d+ findings?$|^no findings: clean$/m);
    expect(linted).toContain('MS015');
    expect(fits(linted, columns, rows)).toBe(true);
    current.unmount();
    current = null;
  }
});
