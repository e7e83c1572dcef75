// Reference sections lexed at build time (scripts/lex-reference.ts writes dist/lexed/<id>.json):
// a cold process spends most of a `ref` lookup's rendering in marked's lexer, compiling its
// regular expressions on first use. Only tokens lexed from the very same text are used, so an
// edited content/ folder, or another one (MULTISTAGE_TUTOR_CONTENT), is simply lexed again.
import { readFileSync } from 'node:fs';
import type { Token } from 'marked';

/** Where the build puts them, dist/lexed/, seen from dist/ref.js or from the app's dist/chunks/; from src/ there are none. */
const PLACES = ['./lexed/', '../lexed/'].map((place) => new URL(place, import.meta.url));

export interface LexedSection {
  /** The section's Markdown as lexed: the tokens stand for this text only. */
  markdown: string;
  tokens: Token[];
}

/** The build's tokens of this section, or null when there are none for exactly this text. */
export function prelexedTokens(id: string, markdown: string, places: readonly URL[] = PLACES): Token[] | null {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  for (const place of places) {
    let stored: LexedSection;
    try {
      stored = JSON.parse(readFileSync(new URL(`${id}.json`, place), 'utf8')) as LexedSection;
    } catch {
      continue; // not built here (tests run from src/), or unreadable: lex instead
    }
    return stored.markdown === markdown && Array.isArray(stored.tokens) ? stored.tokens : null;
  }
  return null;
}
