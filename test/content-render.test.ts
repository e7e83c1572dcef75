// What `ref` prints: colour only when asked, text wrapped to the terminal, code kept intact.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getSection, loadSections } from '../src/content';
import { fitColumns, renderMarkdown } from '../src/content/render';
import { Lexer, type Tokens } from 'marked';

const ESC = '\x1b';

describe('renderMarkdown', () => {
  it('writes no escape code at all with colour off, for every section', () => {
    for (const s of loadSections()) {
      const out = renderMarkdown(s.markdown, { width: 80, color: false });
      expect(out.includes(ESC), s.id).toBe(false);
      expect(out.includes('\uE000'), s.id).toBe(false);
    }
  });

  it('colours headings and highlights Dockerfile code with colour on', () => {
    const out = renderMarkdown('# Title\n\n## Part\n\n```dockerfile\nFROM alpine:3.19 AS runtime\n```\n', { width: 80, color: true });
    expect(out).toContain(ESC);
    const lines = out.split('\n');
    expect(lines.find((l) => stripVTControlCharacters(l) === 'Title')).toMatch(/\x1b\[/);
    const code = lines.find((l) => stripVTControlCharacters(l).includes('FROM alpine'))!;
    expect(code).toMatch(/\x1b\[[0-9;]*mFROM/);
  });

  it('wraps prose to the width, and list items with a hanging indent', () => {
    for (const width of [40, 60, 100]) {
      const out = renderMarkdown(getSection('critical-rules')!.markdown, { width, color: false });
      const prose = out.split('\n').filter((l) => !l.startsWith('  ') || /^\s+[*\d]/.test(l));
      for (const line of prose) expect(line.length, line).toBeLessThanOrEqual(width);
    }
    const list = renderMarkdown('- ' + 'word '.repeat(30).trim() + '\n', { width: 40, color: false })
      .trimEnd()
      .split('\n');
    expect(list.length).toBeGreaterThan(2);
    const indent = list[0]!.indexOf('word');
    for (const l of list.slice(1)) expect(l.indexOf('word')).toBe(indent);
  });

  it('joins the source line breaks of a paragraph into one flowing text', () => {
    const out = renderMarkdown('one two\nthree four\n', { width: 80, color: false });
    expect(out.trim()).toBe('one two three four');
  });

  it('never wraps code lines, however narrow the terminal', () => {
    const long = 'RUN ' + 'x'.repeat(120);
    const out = renderMarkdown('```dockerfile fragment\n' + long + '\n```\n', { width: 40, color: false });
    expect(out).toContain(long);
  });

  it('fits tables into the width without breaking words', () => {
    const md = getSection('final-base')!.markdown;
    const out = renderMarkdown(md, { width: 80, color: false });
    const table = out.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌'));
    expect(table.length).toBeGreaterThan(3);
    for (const l of table) expect(l.length).toBeLessThanOrEqual(80);
    expect(out).toContain('gcr.io/distroless/static-debian13');
  });

  it('keeps narrow tables as they are', () => {
    const token = new Lexer().lex('| a | b |\n|---|---|\n| 1 | 2 |\n').find((t) => t.type === 'table') as Tokens.Table;
    expect(fitColumns(token, 80)).toBeNull();
    expect(fitColumns(token, 5)).not.toBeNull();
  });

  it('labels bad examples with the rules they trigger', () => {
    const out = renderMarkdown('```dockerfile bad=MS003,MS002\nFROM x\n```\n', { width: 80, color: false });
    expect(out).toContain('bad example (lint: MS003, MS002)');
    expect(out).not.toContain('bad=');
  });

  it('turns links to sections into `ref` hints', () => {
    const out = renderMarkdown('See [the size table](#image-sizes).\n', { width: 80, color: false });
    expect(out.trim()).toBe('See the size table (ref image-sizes).');
  });

  it('renders inline code inside list items', () => {
    const out = renderMarkdown('- use `USER app` here\n', { width: 80, color: false });
    expect(out).toContain('USER app');
    expect(out).not.toContain('`');
  });
});
