// Reference tables at any width, as `ref` prints them (and the TUI's reference screen, which
// renders through the same renderMarkdown): a grid while it fits, one block per row when not.
// Nothing is ever cut at the right edge.
import { describe, expect, it } from 'vitest';
import { getSection, loadSections } from '../src/content';
import { cli } from './cli-helpers';

/** The cells of every Markdown table of a section, as plain text. */
function tableCells(markdown: string): { header: string[]; rows: string[][] }[] {
  const tables: { header: string[]; rows: string[][] }[] = [];
  const split = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim().replace(/`/g, ''));
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (!/^\|/.test(lines[i]!) || !/^\|[-:| ]+\|\s*$/.test(lines[i + 1]!)) continue;
    const table = { header: split(lines[i]!), rows: [] as string[][] };
    for (i += 2; i < lines.length && /^\|/.test(lines[i]!); i++) table.rows.push(split(lines[i]!));
    tables.push(table);
  }
  return tables;
}

const ref = (id: string, columns: number) => cli(['ref', id], { env: { COLUMNS: String(columns) } });
const withTables = loadSections().filter((s) => tableCells(s.markdown).length > 0);

describe('plain ref tables', () => {
  it('the image-size table keeps all its columns as a grid at 100 columns', () => {
    const r = ref('image-sizes', 100);
    expect(r.status).toBe(0);
    const header = r.stdout.split('\n').find((l) => l.startsWith('│ Language'))!;
    expect(header).toBeDefined();
    expect(header.split('│').length - 2).toBe(4);
    expect(r.stdout).toMatch(/│ Smaller +│/);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it.each([60, 40])('at %i columns every row is a block with every value, and no table line is cut', (columns) => {
    expect(withTables.length).toBeGreaterThan(0);
    for (const section of withTables) {
      const r = ref(section.id, columns);
      expect(r.status).toBe(0);
      const out = r.stdout;
      // Code lines are kept whole on purpose; every other line fits.
      const code = new Set(
        section.markdown
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      );
      for (const line of out.split('\n')) {
        if ([...line].length > columns) expect(code.has(line.trim()), `${section.id}: ${line}`).toBe(true);
      }
      for (const table of tableCells(section.markdown)) {
        for (const row of table.rows) {
          // Word by word: a grid wraps a cell inside its column, a block wraps it under its label.
          for (const word of row.join(' ').replace(/\*\*/g, '').split(/\s+/).filter(Boolean)) {
            expect(out, `${section.id} at ${columns}`).toContain(word);
          }
        }
      }
    }
  });

  it('at 40 columns a row reads as "Header: value" under its first cell', () => {
    const out = ref('image-sizes', 40).stdout;
    expect(out).toMatch(/^Go\n {2}One stage \(SDK image\): ~800 MB\n {4}\(golang:1\.22\)$/m);
    expect(out).toMatch(/^ {2}Smaller by: 99%$/m);
    expect(getSection('image-sizes')).toBeDefined();
  });
});
