// Loose search over the reference: partial words, small typos and several words, ranked
// by where the words occur (ID and title count most, body text least).
import { distance } from 'fastest-levenshtein';
import { didYouMean } from '../engine/did-you-mean';
import { loadSections, type Section } from './sections';

export interface SearchHit {
  section: Section;
  score: number;
  /** The line of the section where the query matched best, as plain text. */
  snippet: string;
}

const WEIGHTS = { id: 5, title: 5, keyword: 4, heading: 3, body: 1 } as const;
type Field = keyof typeof WEIGHTS;

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'to', 'of', 'in', 'for', 'or', 'is', 'it', 'my', 'i', 'how', 'what', 'do', 'does', 'with', 'on', 'use', 'when']);

interface Indexed {
  section: Section;
  /** Word → best field weight it appears in. */
  words: Map<string, number>;
  /** Word → how often it occurs in the whole section. */
  counts: Map<string, number>;
  titleText: string;
  headingText: string;
}

export function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const indexes = new WeakMap<Section[], Indexed[]>();

function index(sections: Section[]): Indexed[] {
  const known = indexes.get(sections);
  if (known) return known;
  const built = sections.map((section) => {
    const map = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const w of words(section.markdown)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const add = (text: string, field: Field) => {
      for (const w of words(text)) map.set(w, Math.max(map.get(w) ?? 0, WEIGHTS[field]));
    };
    const headings = [...section.markdown.matchAll(/^#{2,6} +(.+)$/gm)].map((m) => m[1]!).join(' ');
    add(section.markdown, 'body');
    add(headings, 'heading');
    add(section.keywords.join(' '), 'keyword');
    add(section.title, 'title');
    add(section.id, 'id');
    return {
      section,
      words: map,
      counts,
      titleText: ` ${[...words(section.id), '|', ...words(section.title)].join(' ')} `,
      headingText: ` ${words(headings).join(' ')} `,
    };
  });
  indexes.set(sections, built);
  return built;
}

/** How well a query word matches a word of the text, 0 to 1. */
export function wordMatch(query: string, word: string): number {
  if (query === word) return 1;
  if (query.length >= 2 && word.startsWith(query)) return 0.85;
  // A plural or longer form of a word the text has: "stages" for "stage".
  if (word.length >= 4 && query.startsWith(word)) return 0.8;
  if (isTransposition(query, word)) return 0.75;
  if (query.length >= 4 && Math.abs(query.length - word.length) <= 2) {
    const d = distance(query, word);
    if (d <= 1) return 0.75;
    if (d === 2 && query.length >= 7) return 0.6;
  }
  // A typo in a partial word: "distrol" for "distroless".
  if (query.length >= 5 && word.length > query.length && distance(query, word.slice(0, query.length)) <= 1) return 0.55;
  return 0;
}

/** Two neighbouring letters swapped ("tagret"), a typo Levenshtein counts as two edits. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function queryWords(query: string): string[] {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : all;
}

export function searchSections(query: string, limit = 5, sections: Section[] = loadSections()): SearchHit[] {
  const terms = queryWords(query);
  if (terms.length === 0) return [];
  const phrase = ` ${terms.join(' ')} `;
  const hits: SearchHit[] = [];
  for (const entry of index(sections)) {
    let sum = 0;
    let matched = 0;
    let bestWord = '';
    let bestWordScore = 0;
    for (const term of terms) {
      let best = 0;
      for (const [word, weight] of entry.words) {
        const m = wordMatch(term, word);
        if (m === 0) continue;
        // How often the word occurs breaks ties between sections that match it equally well.
        const s = m * (weight + Math.min(entry.counts.get(word) ?? 0, 8) * 0.08);
        if (s > best) best = s;
        if (s > bestWordScore) {
          bestWordScore = s;
          bestWord = word;
        }
      }
      if (best > 0) matched++;
      sum += best;
    }
    if (matched === 0) continue;
    let score = sum * (matched / terms.length);
    if (terms.length > 1 && entry.titleText.includes(phrase)) score += 4;
    else if (terms.length > 1 && entry.headingText.includes(phrase)) score += 2;
    hits.push({ section: entry.section, score: Math.round(score * 100) / 100, snippet: snippet(entry.section, bestWord) });
  }
  hits.sort((a, b) => b.score - a.score || a.section.order - b.section.order);
  return hits.slice(0, limit);
}

/** Sections whose ID or title is closest to the query, for "did you mean" lines. */
export function closestSections(query: string, limit = 3, sections: Section[] = loadSections()): Section[] {
  const sorted = [...sections].sort((a, b) => a.order - b.order);
  return didYouMean(words(query).join('-'), sorted, { names: (s) => [s.id, words(s.title).join('-')], limit, maxDistance: Infinity });
}

function plain(line: string): string {
  return line
    .replace(/^#+\s*|^[-*]\s+|^\|/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s*\|\s*/g, ' | ')
    .trim();
}

function snippet(section: Section, word: string): string {
  const lines = section.markdown.split('\n');
  let inCode = false;
  let first = '';
  for (const line of lines) {
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode || /^#\s/.test(line) || line.trim() === '' || /^\|?[-:| ]+\|?$/.test(line)) continue;
    if (!first) first = line;
    if (word && words(line).includes(word)) return clip(plain(line));
  }
  return clip(plain(first));
}

function clip(text: string, max = 100): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}
