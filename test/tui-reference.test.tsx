// Reference screen and rule screen: list, scrolling, n/p, live search, rules under a section.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/tui/app';
import { loadSections } from '../src/content/sections';
import { searchSections } from '../src/content/search';
import { ruleById } from '../src/engine/rules/index';
import { drive, fits, keys, type Driven } from './tui-harness';
import { ruleDoc } from '../src/content/rule-docs';

let current: Driven | null = null;
afterEach(() => {
  current?.unmount();
  current = null;
});
async function openReference(columns = 100, rows = 30, section?: string) {
  current = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'reference', ...(section ? { section } : {}) }]} />, {
    columns,
    rows,
  });
  await current.waitFor('sections');
  return current;
}
const firstLine = (s: string) => Number(/lines (\d+)–/.exec(s)?.[1] ?? 1);

describe('reference screen', () => {
  const sections = loadSections();
  const longest = [...sections].sort((a, b) => b.markdown.length - a.markdown.length)[0]!;

  it('shows the section list beside the first section', async () => {
    const d = await openReference();
    const s = d.screen();
    expect(s).toContain(`1/${sections.length} sections`);
    expect(s).toMatch(new RegExp(`› ${sections[0]!.title.slice(0, 20).replace(/[`.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(s).toContain(sections[1]!.title.slice(0, 20));
  });

  it('scrolls the text with ↓ j PgDn G g k ↑ once the text has focus', async () => {
    const d = await openReference(100, 30, longest.id);
    expect(d.screen()).toMatch(/lines 1–/);
    await d.press(keys.down, 'j');
    expect(firstLine(d.screen())).toBe(3);
    await d.press('k', keys.up);
    expect(firstLine(d.screen())).toBe(1);
    await d.press(keys.pageDown);
    expect(firstLine(d.screen())).toBeGreaterThan(10);
    await d.press(keys.pageUp);
    expect(firstLine(d.screen())).toBe(1);
    await d.press('G');
    const bottom = /lines (\d+)–(\d+) of (\d+)/.exec(d.screen())!;
    expect(bottom[2]).toBe(bottom[3]);
    await d.press('g');
    expect(firstLine(d.screen())).toBe(1);
    expect(d.screen()).toContain(`${longest.id} · lines 1–`);
  });

  it('n and p go to the next and previous section; the list follows', async () => {
    const d = await openReference();
    await d.press('n');
    expect(d.screen()).toContain(`2/${sections.length} sections`);
    await d.press('n', 'n', 'p');
    expect(d.screen()).toContain(`3/${sections.length} sections`);
    expect(d.screen()).toContain(sections[2]!.id);
  });

  it('/ searches as you type; Enter opens the best hit; Esc cancels', async () => {
    const d = await openReference();
    await d.press('/');
    await d.type('distroles');
    const expected = searchSections('distroles', 20)[0]!.section;
    expect(d.screen()).toContain('search: distroles');
    expect(d.screen()).toMatch(new RegExp(`› ${expected.title.slice(0, 15).replace(/[`.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // q is text while searching, not "back"
    await d.press(keys.backspace);
    expect(d.screen()).toContain('search: distrole');
    // Enter opens the best hit for what is typed now ('distrole').
    const opened = searchSections('distrole', 20)[0]!.section;
    await d.press(keys.enter);
    expect(d.screen()).not.toContain('search:');
    expect(d.screen()).toContain(opened.id);
    await d.press('/');
    await d.type('q');
    expect(d.screen()).toContain('search: q');
    await d.press(keys.esc);
    expect(d.screen()).not.toContain('search:');
    expect(d.screen()).toContain('› Reference');
  });

  it('says so when nothing matches', async () => {
    const d = await openReference();
    await d.press('/');
    await d.type('zzzzqqq');
    expect(d.screen()).toContain('no section matches');
  });

  it('lists the rules that check a section and opens one with its number; s goes to its section', async () => {
    const section = sections.find((s) => s.rules.length > 0)!;
    const rule = ruleById(section.rules[0]!)!;
    const d = await openReference(100, 30, section.id);
    await d.press('G');
    expect(d.screen()).toContain('Rules that check this');
    expect(d.screen()).toContain(`1  ${rule.id} ${rule.name}`);
    await d.press('1');
    await d.waitFor('Why it matters');
    expect(d.screen()).toContain(`${rule.id} ${rule.name}`);
    expect(d.screen()).toContain('Why it matters');
    await d.press('G');
    expect(d.screen()).toContain('How to fix');
    await d.press('s');
    await d.waitFor(`${ruleDoc(rule).reference} · lines`);
    await d.press('q');
    await d.press('q');
    await d.waitFor((s) => !s.includes('› Rule'));
    expect(d.screen()).toContain(section.id);
  });

  it('puts the list above the text when narrow, and still fits', async () => {
    const d = await openReference(60, 20);
    expect(fits(d.screen(), 60, 20)).toBe(true);
    expect(d.screen()).toMatch(/^─{50,}$/m);
    await d.press(keys.tab, keys.pageDown);
    expect(fits(d.screen(), 60, 20)).toBe(true);
  });
});

describe('reference screen: reading at any size', () => {
  const footerOf = (s: string) => s.trimEnd().split('\n').at(-1)!;

  it('the footer shows the keys of the focused pane only', async () => {
    const d = await openReference(100, 30);
    const list = footerOf(d.screen());
    expect(list).toContain('↑↓ section');
    expect(list).not.toMatch(/scroll|PgDn|End/);
    await d.press(keys.tab);
    const text = footerOf(await d.waitFor((s) => footerOf(s).includes('↑↓ scroll')));
    expect(text).toContain('Tab list');
    await d.press('/');
    const search = footerOf(await d.waitFor((s) => footerOf(s).includes('Esc cancel')));
    // While a field has the keys, q and ? are text: the footer does not offer them.
    expect(search).not.toMatch(/q back|\? help/);
  });

  it.each([
    [100, 30],
    [60, 20],
    [40, 12],
  ])('at %i×%i the image-size table keeps every value, nothing cut at the edge', async (columns, rows) => {
    const d = await openReference(columns, rows, 'image-sizes');
    await d.waitFor(/image-sizes/);
    const seen = new Set<string>();
    let last = '';
    for (let i = 0; i < 60; i++) {
      const s = d.screen();
      expect(fits(s, columns, rows)).toBe(true);
      for (const l of s.split('\n')) seen.add(l);
      if (s === last) break;
      last = s;
      await d.press(keys.pageDown);
      await d.waitFor((t) => t !== last, 500).catch(() => undefined);
    }
    const text = [...seen].join('\n').replace(/\s+/g, ' ');
    // "Smaller by" is the column the narrow layouts lost; 99% is the Go row's value in it.
    expect(text).toMatch(/Smaller( by)?/);
    expect(text).toContain('99%');
  });
});
