// The reference: one Markdown file per section in content/reference/, named
// `NN-id.md` (NN orders the list, id is the stable section ID rules link to).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from './frontmatter';
import { ruleReference } from './rule-docs';
import { contentDir } from './paths';

export interface Section {
  id: string;
  title: string;
  /** The section's Markdown without its front matter (starts with its `# ` title). */
  markdown: string;
  /** IDs of the engine rules that link here, from each rule's `reference`. */
  rules: string[];
  order: number;
  /** Extra search words from the front matter (`keywords: a, b`). */
  keywords: string[];
}

const FILE_NAME = /^(\d+)-([a-z0-9][a-z0-9-]*)\.md$/;

let cache: Section[] | null = null;
/** Which rules link to each section: read once, for the list and for lookups by ID alike. */
let rulesCache: Map<string, string[]> | null = null;

export function loadSections(): Section[] {
  if (cache) return cache;
  const dir = join(contentDir(), 'reference');
  const rules = rulesBySection();
  const sections: Section[] = [];
  for (const file of readdirSync(dir).sort()) {
    const section = readSection(dir, file, rules);
    if (section) sections.push(section);
  }
  sections.sort(byOrder);
  cache = sections;
  return sections;
}

export function getSection(id: string): Section | undefined {
  const wanted = id.trim().toLowerCase();
  if (cache) return cache.find((s) => s.id === wanted);
  // Looked up by ID before anything else (`ref copy-from`): read that one file, not all of them.
  const dir = join(contentDir(), 'reference');
  const files = readdirSync(dir).filter((file) => FILE_NAME.exec(file)?.[2] === wanted);
  if (files.length === 0) return undefined;
  const rules = rulesBySection();
  return files.flatMap((file) => readSection(dir, file, rules) ?? []).sort(byOrder)[0];
}

const byOrder = (a: Section, b: Section) => a.order - b.order || (a.id < b.id ? -1 : 1);

/**
 * The rules that link to each section. The rule docs name the rules (one MSnnn.md per rule of
 * the engine, test/content-rule-docs): reading their folder spares `ref` loading the engine.
 */
function rulesBySection(): Map<string, string[]> {
  if (rulesCache) return rulesCache;
  const byReference = new Map<string, string[]>();
  for (const file of readdirSync(join(contentDir(), 'rules')).sort()) {
    const id = /^(MS\d{3})\.md$/.exec(file)?.[1];
    if (!id) continue;
    const reference = ruleReference(id);
    if (reference) byReference.set(reference, [...(byReference.get(reference) ?? []), id]);
  }
  rulesCache = byReference;
  return byReference;
}

function readSection(dir: string, file: string, rules: Map<string, string[]>): Section | null {
  const match = FILE_NAME.exec(file);
  if (!match) return null;
  const id = match[2]!;
  const { fields, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
  const heading = /^# +(.+)$/m.exec(body);
  return {
    id,
    title: heading ? heading[1]!.replace(/`/g, '').trim() : id,
    markdown: body.trim() + '\n',
    rules: [...(rules.get(id) ?? [])].sort(),
    order: Number(match[1]),
    keywords: (fields.keywords ?? '').split(',').map((k) => k.trim()).filter(Boolean),
  };
}
