// Each rule's teaching, read from content/rules/MSnnn.md: the rule module keeps only its meta and
// check (as an ESLint rule does); the why, the examples and the fix are content anyone can edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../engine/rule';
import { parseFrontMatter } from './frontmatter';
import { contentDir } from './paths';

export interface RuleDoc {
  id: string;
  /** One line, shown by `rules` and beside findings. */
  summary: string;
  /** ID of the reference section that teaches it. */
  reference: string;
  /** hadolint rule IDs that catch the same thing. */
  hadolint: string[];
  /** Markdown: why it matters. */
  why: string;
  /** A Dockerfile that fires the rule (tests prove it). */
  bad: string;
  /** The same file written well (tests prove it is clean). */
  good: string;
  /** Markdown: how to fix it by hand. */
  fix: string;
  /** Markdown list of the documents the explanation rests on; empty when none is given. */
  sources: string;
}

/** A rule file that lacks a part, named so an author can mend it. */
export class RuleDocError extends Error {}

const docs = new Map<string, RuleDoc>();

/** The teaching of one rule (read once, then cached). */
export function ruleDoc(rule: Pick<Rule, 'id'>): RuleDoc {
  const cached = docs.get(rule.id);
  if (cached) return cached;
  const file = join(contentDir(), 'rules', `${rule.id}.md`);
  const doc = parseRuleDoc(rule.id, readFileSync(file, 'utf8'), file);
  docs.set(rule.id, doc);
  return doc;
}

/**
 * The reference section a rule links to, from its file's front matter alone: what the
 * reference's "checked by" lists need, without parsing every rule's whole page.
 */
export function ruleReference(id: string): string | undefined {
  const cached = docs.get(id);
  if (cached) return cached.reference;
  return parseFrontMatter(readFileSync(join(contentDir(), 'rules', `${id}.md`), 'utf8')).fields.reference || undefined;
}

/** Parse `content/rules/MSnnn.md`: front matter (summary, reference, hadolint) and `## ` parts. */
export function parseRuleDoc(id: string, text: string, where = `${id}.md`): RuleDoc {
  const { fields, body } = parseFrontMatter(text);
  const parts = new Map<string, string>();
  for (const chunk of body.split(/^## +/m).slice(1)) {
    const newline = chunk.indexOf('\n');
    const title = (newline < 0 ? chunk : chunk.slice(0, newline)).trim().toLowerCase();
    parts.set(title, newline < 0 ? '' : chunk.slice(newline + 1).trim());
  }
  const need = (value: string | undefined, what: string): string => {
    if (!value) throw new RuleDocError(`${where}: missing ${what}`);
    return value;
  };
  const code = (title: string): string => {
    const fenced = /^(`{3,})[^\n]*\n([\s\S]*?)\n\1\s*$/m.exec(need(parts.get(title), `a '## ${title}' part`));
    return need(fenced?.[2], `a fenced Dockerfile under '## ${title}'`) + '\n';
  };
  return {
    id,
    summary: need(fields.summary, "'summary:' in the front matter"),
    reference: need(fields.reference, "'reference:' in the front matter"),
    hadolint: (fields.hadolint ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    why: need(parts.get('why it matters'), "a '## Why it matters' part"),
    bad: code('bad'),
    good: code('good'),
    fix: need(parts.get('how to fix'), "a '## How to fix' part"),
    sources: parts.get('sources') ?? '',
  };
}

/** "hadolint DL3022, BuildKit check StageNameCasing": what else catches the same thing. */
export function equivalentsOf(rule: Pick<Rule, 'id' | 'buildkit'>): string[] {
  return [...ruleDoc(rule).hadolint.map((id) => `hadolint ${id}`), ...(rule.buildkit ?? []).map((id) => `BuildKit check ${id}`)];
}

/** The whole page of a rule as Markdown: what the TUI renders and SARIF carries as help. */
export function ruleMarkdown(rule: Pick<Rule, 'id' | 'name' | 'severity' | 'fixable' | 'buildkit'>, readNext: string): string {
  const doc = ruleDoc(rule);
  const also = equivalentsOf(rule);
  return [
    `# ${rule.id} ${rule.name}`,
    `**${rule.severity}**${rule.fixable ? ' · fixable with `multistage-tutor lint --fix`' : ''} · ${doc.summary}`,
    '## Why it matters',
    doc.why,
    '## Fires on',
    fence(doc.bad),
    '## Written well',
    fence(doc.good),
    '## How to fix',
    doc.fix,
    also.length > 0 ? `Same as: ${also.join(', ')}` : '',
    readNext,
    doc.sources ? `## Sources\n\n${doc.sources}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** A fenced Dockerfile block whose fence outlasts any backticks inside it. */
export function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}dockerfile\n${code.replace(/\n+$/, '')}\n${ticks}`;
}
