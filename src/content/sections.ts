// The reference: one Markdown file per section in content/reference/, named
// `NN-id.md` (NN orders the list, id is the stable section ID rules link to).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from './frontmatter';
import { ruleDoc } from './rule-docs';
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

export function loadSections(): Section[] {
  if (cache) return cache;
  const dir = join(contentDir(), 'reference');
  const byReference = new Map<string, string[]>();
  // The rule docs name the rules (one MSnnn.md per rule of the engine, test/content-rule-docs):
  // reading their folder spares `ref` loading the engine for the IDs alone.
  for (const file of readdirSync(join(contentDir(), 'rules')).sort()) {
    const id = /^(MS\d{3})\.md$/.exec(file)?.[1];
    if (!id) continue;
    const { reference } = ruleDoc({ id });
    byReference.set(reference, [...(byReference.get(reference) ?? []), id]);
  }
  const sections: Section[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = FILE_NAME.exec(file);
    if (!match) continue;
    const id = match[2]!;
    const { fields, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
    const heading = /^# +(.+)$/m.exec(body);
    sections.push({
      id,
      title: heading ? heading[1]!.replace(/`/g, '').trim() : id,
      markdown: body.trim() + '\n',
      rules: (byReference.get(id) ?? []).sort(),
      order: Number(match[1]),
      keywords: (fields.keywords ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    });
  }
  sections.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  cache = sections;
  return sections;
}

export function getSection(id: string): Section | undefined {
  const wanted = id.trim().toLowerCase();
  return loadSections().find((s) => s.id === wanted);
}
