// The reference lexed at build time (src/content/prelexed.ts, scripts/lex-reference.ts): the
// same text on screen as lexing it on the spot, and never the tokens of another text.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSections } from '../src/content';
import { prelexedTokens } from '../src/content/prelexed';
import { lexMarkdown, notesMarkdown, renderMarkdown, renderSection, type NotePart } from '../src/content/render';
import { cli, ROOT } from './cli-helpers';

const work = mkdtempSync(join(tmpdir(), 'mst-prelexed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const place = pathToFileURL(join(work, 'lexed') + '/');
mkdirSync(join(work, 'lexed'));

/** Tokens as the build stores them: through JSON, as dist/lexed/<id>.json holds them. */
const stored = (markdown: string) => JSON.parse(JSON.stringify(lexMarkdown(markdown)));

const notes: NotePart[][] = [
  [
    { strong: 'Checked by:' },
    { text: ' ' },
    { code: 'MS006' },
    { text: ', ' },
    { code: 'MS007' },
    { text: ' (' },
    { code: 'x y' },
    { text: ')' },
  ],
  [{ strong: 'Also matching:' }, { text: ' ' }, { code: 'ref target' }],
];

describe('a section rendered from stored tokens', () => {
  it('is the same text as the section lexed on the spot, with and without notes, at every width and in colour', () => {
    for (const section of loadSections()) {
      const tokens = () => stored(section.markdown);
      for (const opts of [
        { width: 100, color: false },
        { width: 40, color: false },
        { width: 80, color: true },
      ]) {
        expect(renderSection(section, opts, [], tokens), section.id).toBe(renderMarkdown(section.markdown, opts));
        expect(renderSection(section, opts, notes, tokens), section.id).toBe(renderMarkdown(section.markdown + notesMarkdown(notes), opts));
      }
    }
  });
});

describe('lexMarkdown', () => {
  it('lexes as the renderer configured with the terminal extension would (it adds no tokenizer)', () => {
    const configured = new Marked().use(markedTerminal({}) as never);
    for (const section of loadSections()) expect(lexMarkdown(section.markdown), section.id).toEqual(configured.lexer(section.markdown));
  });
});

describe('prelexedTokens', () => {
  const markdown = '# Title\n\nSome `code` here.\n';
  writeFileSync(join(work, 'lexed', 'demo.json'), JSON.stringify({ markdown, tokens: lexMarkdown(markdown) }));
  writeFileSync(join(work, 'lexed', 'broken.json'), '{ not json');

  it('gives the stored tokens for exactly the text they were lexed from', () => {
    expect(prelexedTokens('demo', markdown, [place])).toEqual(stored(markdown));
  });

  it('gives none for an edited text, a missing or broken file, or an ID that is no file name', () => {
    expect(prelexedTokens('demo', markdown.replace('Some', 'Other'), [place])).toBeNull();
    expect(prelexedTokens('absent', markdown, [place])).toBeNull();
    expect(prelexedTokens('broken', markdown, [place])).toBeNull();
    expect(prelexedTokens('../lexed/demo', markdown, [place])).toBeNull();
  });
});

describe('the build', () => {
  it('stores every section of the reference as it is now', () => {
    for (const section of loadSections()) {
      const file = JSON.parse(readFileSync(join(ROOT, 'dist', 'lexed', `${section.id}.json`), 'utf8'));
      expect(file.markdown, section.id).toBe(section.markdown);
    }
  });

  it('`ref` shows an edited content folder as edited, not the tokens stored at build time', () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'reference'), { recursive: true });
    mkdirSync(join(content, 'rules'), { recursive: true });
    const original = readFileSync(join(ROOT, 'content', 'reference', '08-copy-from.md'), 'utf8');
    writeFileSync(join(content, 'reference', '08-copy-from.md'), original.replace(/^# .*$/m, '# COPY --from, as edited'));
    const r = cli(['ref', 'copy-from'], { env: { MULTISTAGE_TUTOR_CONTENT: content } });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('COPY --from, as edited');
    expect(r.stdout).toContain('Source paths start at the stage');
  });
});
