// Build step (run by scripts/build.mjs, bundled): lexes every reference section with the same
// lexer the app renders with, and writes dist/lexed/<id>.json for src/content/prelexed.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexMarkdown } from '../src/content/render';
import { loadSections } from '../src/content/sections';
import type { LexedSection } from '../src/content/prelexed';

const dir = join(process.argv[2]!, 'lexed');
mkdirSync(dir, { recursive: true });
for (const section of loadSections()) {
  const stored: LexedSection = { markdown: section.markdown, tokens: lexMarkdown(section.markdown) };
  writeFileSync(join(dir, `${section.id}.json`), JSON.stringify(stored));
}
