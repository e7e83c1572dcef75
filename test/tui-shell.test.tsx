// The app shell: home, navigation, help overlay, quitting, sizes and colour.
import { afterEach, describe, expect, it, vi } from 'vitest';
import chalk from 'chalk';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../src/tui/app';
import { drive, fits, keys, type Driven } from './tui-harness';

let current: Driven | null = null;
afterEach(() => {
  current?.unmount();
  current = null;
});
// Progress is read from a home of its own, never the user's.
const env = { env: { MULTISTAGE_TUTOR_HOME: mkdtempSync(join(tmpdir(), 'tui-shell-')), MULTISTAGE_TUTOR_TODAY: 'off' }, cwd: tmpdir() };
async function open(columns = 100, rows = 30, props: Partial<Parameters<typeof App>[0]> = {}) {
  current = await drive(<App color={false} env={env} {...props} />, { columns, rows });
  return current;
}

describe('home screen', () => {
  it('lists the five ways in with the footer keys', async () => {
    const d = await open();
    const s = d.screen();
    for (const entry of ['Reference', 'Decision trees', 'Exercises', 'Lint a Dockerfile', 'Stage graph']) expect(s).toContain(entry);
    expect(s).toMatch(/Enter open.*q quit/);
  });

  it('shows exercise progress as N/total done once the exercises load', async () => {
    const d = await open();
    await d.waitFor(/Exercises\s+\d+\/\d+ done/);
  });

  it('moves with the arrows and j/k and opens the selected entry with Enter', async () => {
    const d = await open();
    expect(d.screen()).toMatch(/› 1 {2}Reference/);
    await d.press(keys.down, 'j');
    expect(d.screen()).toMatch(/› 3 {2}Exercises/);
    await d.press('k');
    expect(d.screen()).toMatch(/› 2 {2}Decision trees/);
    await d.press(keys.down, keys.down, keys.down, keys.enter);
    await d.waitFor('multistage-tutor › Stage graph');
  });

  it('opens an entry by its number and comes back with q and with Esc', async () => {
    const d = await open();
    await d.press('4');
    await d.waitFor('› Lint a Dockerfile');
    await d.press(keys.esc); // leaves the path box first: nothing was linted yet, so back home
    await d.waitFor((s) => s.includes('Pick a place to start'));
    await d.press('1');
    await d.waitFor('› Reference');
    await d.press('q');
    await d.waitFor((s) => !s.includes('› Reference'));
  });
});

describe('quitting', () => {
  it('q on home quits', async () => {
    const onQuit = vi.fn();
    const d = await open(100, 30, { onQuit });
    await d.press('q');
    expect(onQuit).toHaveBeenCalledTimes(1);
  });

  it('Ctrl-C quits at once from a deeper screen, even while typing a search', async () => {
    const onQuit = vi.fn();
    const d = await open(100, 30, { onQuit });
    await d.press('1');
    await d.waitFor('sections');
    await d.press('/');
    await d.type('cop');
    expect(onQuit).not.toHaveBeenCalled();
    await d.press(keys.ctrlC);
    expect(onQuit).toHaveBeenCalledTimes(1);
  });
});

describe('help overlay', () => {
  it('? shows the keys of the current screen and any key closes it', async () => {
    const d = await open();
    await d.press('?');
    expect(d.screen()).toContain('Keys: Home');
    expect(d.screen()).toContain('Ctrl-C');
    await d.press('x');
    expect(d.screen()).not.toContain('Keys: Home');
    await d.press('1');
    await d.waitFor('sections');
    await d.press('?');
    expect(d.screen()).toContain('Keys: Reference');
    expect(d.screen()).toMatch(/\/ +search all sections/);
    // q closes the help, it does not leave the screen
    await d.press('q');
    expect(d.screen()).toContain('› Reference');
    expect(d.screen()).not.toContain('Keys: Reference');
  });
});

describe('help overlay layout', () => {
  it('groups keys under headings and wraps long lines instead of cutting them', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tui-shell-help-'));
    current = await drive(
      <App
        color={false}
        env={{ env: { MULTISTAGE_TUTOR_HOME: home, MULTISTAGE_TUTOR_TODAY: 'off' }, cwd: home }}
        initial={[{ name: 'home' }, { name: 'exercises' }, { name: 'exercise', id: 'syntax-directive' }]}
      />,
      { columns: 100, rows: 30 },
    );
    const d = current;
    await d.waitFor(/not yet|PASSED/);
    await d.press('?');
    const s = await d.waitFor('Keys: Exercise');
    expect(s).not.toContain('…');
    // The longest line wraps under itself: all of it is there.
    expect(s.replace(/\s+/g, ' ')).toContain('(else nano, else vi); re-checks on return');
    expect(s).toMatch(/^Working on it\s*$/m);
    expect(s).toMatch(/^Reset question \(y \/ n\)\s*$/m);
    // n under each heading: what it does there.
    expect(s).toMatch(/Working on it[\s\S]*^ {2}n +next exercise[\s\S]*Reset question[\s\S]*^ {2}n Esc +keep your edits/m);
  });

  it('at 40×12 PgDn turns a page of the help at a time, skipping no row', async () => {
    const d = await open(40, 12);
    await d.press('1');
    await d.waitFor('sections');
    await d.press('?');
    let s = await d.waitFor('Keys: Reference');
    const pages: string[][] = [];
    const body = () => s.split('\n').slice(3, -2);
    for (let i = 0; i < 20 && s.includes('↓ more'); i++) {
      pages.push(body());
      const before = s;
      await d.press(keys.pageDown);
      s = await d.waitFor((x) => x !== before);
    }
    pages.push(body());
    const all = pages.flat().join('\n').replace(/\s+/g, ' ');
    for (const what of ['search all sections as you type; Enter opens, Esc cancels', 'open the n-th rule listed under the section'])
      expect(all).toContain(what);
    for (const heading of ['Section list', 'Reading a section', 'Search', 'Anywhere']) expect(pages.flat()).toContain(heading);
  });

  it('at 40×12 it scrolls to its end, every line whole and fitting', async () => {
    const d = await open(40, 12);
    await d.press('1');
    await d.waitFor('sections');
    await d.press('?');
    let s = await d.waitFor('Keys: Reference');
    const seen = new Set<string>();
    const lines = () => s.split('\n').slice(3, -2);
    for (let i = 0; i < 60 && s.includes('↓ more'); i++) {
      expect(fits(s, 40, 12)).toBe(true);
      expect(s).not.toContain('…');
      for (const l of lines()) seen.add(l.trimEnd());
      const before = s;
      await d.press(keys.down);
      s = await d.waitFor((x) => x !== before);
    }
    for (const l of lines()) seen.add(l.trimEnd());
    expect(s).not.toContain('↓ more');
    const all = [...seen].join('\n');
    for (const heading of ['Section list', 'Reading a section', 'Search', 'Anywhere']) expect(all).toMatch(new RegExp(`^${heading}$`, 'm'));
    // The search line, wrapped at 40 columns, is all there.
    expect(all.replace(/\s+/g, ' ')).toContain('search all sections as you type; Enter opens, Esc cancels');
  });
});

describe('sizes', () => {
  it('fits 60×20 on every screen and keeps its keys usable', async () => {
    const d = await open(60, 20);
    expect(fits(d.screen(), 60, 20)).toBe(true);
    for (const key of ['1', '2', '3', '4', '5']) {
      await d.press(key);
      await d.waitFor((s) => !s.includes('Pick a place') && !s.includes('Loading'));
      await d.press(keys.tab); // nothing special: must not break the layout
      expect(fits(d.screen(), 60, 20)).toBe(true);
      await d.press(keys.esc);
      await d.waitFor('Pick a place');
    }
  });

  it('re-lays out on resize', async () => {
    const d = await open(100, 30);
    await d.press('1');
    await d.waitFor('sections');
    expect(d.screen().split('\n').length).toBeLessThanOrEqual(30);
    await d.resize(60, 20);
    const narrow = d.screen();
    expect(fits(narrow, 60, 20)).toBe(true);
    // Narrow: the list sits above the text, with a rule between them.
    expect(narrow).toMatch(/^─{20,}$/m);
    await d.resize(120, 40);
    expect(d.screen()).not.toMatch(/^─{20,}$/m);
    expect(fits(d.screen(), 120, 40)).toBe(true);
  });
});

describe('colour', () => {
  const colourCode = /\x1b\[(3[0-9]|9[0-7])(;[0-9]+)*m/;
  const level = chalk.level;
  afterEach(() => {
    chalk.level = level;
  });

  it('draws no colour codes when colour is off (NO_COLOR), though the terminal could show them', async () => {
    chalk.level = 3;
    const d = await open();
    await d.press('1');
    await d.waitFor('sections');
    // SGR colour codes: 30-37, 38;…, 39, 90-97 (bold and inverse are not colour).
    expect(d.raw()).not.toMatch(colourCode);
  });

  it('does colour when allowed', async () => {
    chalk.level = 3;
    const d = await open(100, 30, { color: true });
    await d.press('1');
    await d.waitFor('sections');
    expect(d.raw()).toMatch(colourCode);
  });
});
