// A team's exercise pack shows in the TUI's list under its own heading, after the built-in ones.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { App } from '../src/tui/app';
import { clearPacks, registerPack } from '../src/exercises/packs';
import { drive, keys, type Driven } from './tui-harness';

let current: Driven | null = null;
afterEach(() => {
  current?.unmount();
  current = null;
  clearPacks();
});

it('lists a team pack under its own heading and opens its exercise', async () => {
  const root = join(import.meta.dirname, '..');
  const pack = registerPack(join(root, 'docs/examples/acme-onboarding'), root);
  const home = mkdtempSync(join(tmpdir(), 'tui-packs-'));
  current = await drive(
    <App
      color={false}
      env={{ env: { MULTISTAGE_TUTOR_HOME: home, MULTISTAGE_TUTOR_TODAY: 'off' }, cwd: home }}
      initial={[{ name: 'home' }, { name: 'exercises' }]}
    />,
    { columns: 100, rows: 40 },
  );
  const d = current;
  await d.waitFor(`Team pack: ${pack}`);
  expect(d.screen()).toContain('Built-in exercises');
  expect(d.screen().indexOf('Built-in exercises')).toBeLessThan(d.screen().indexOf(`Team pack: ${pack}`));
  await d.press('G');
  await d.waitFor((s) => /› +19\. /.test(s));
  await d.press(keys.enter);
  await d.waitFor(`${pack}/go-distroless-65532`);
});
