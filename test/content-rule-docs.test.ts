// Each rule's teaching lives in content/rules/MSnnn.md; the rule modules hold only meta and check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/engine';
import { parseRuleDoc, RuleDocError, ruleDoc } from '../src/content/rule-docs';

const root = join(import.meta.dirname, '..');

describe('rule teaching as content', () => {
  it('has one content/rules file per rule, and none for a rule that does not exist', () => {
    const files = readdirSync(join(root, 'content/rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual(rules.map((r) => r.id).sort());
    for (const rule of rules) expect(ruleDoc(rule).summary.length, rule.id).toBeGreaterThan(10);
  });

  it('keeps prose and example Dockerfiles out of the rule modules', () => {
    const dir = join(root, 'src/engine/rules');
    for (const file of readdirSync(dir).filter((f) => /^ms\d+/.test(f))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/^\s*(summary|explanation|bad|good|howToFix):/m);
      expect(text, file).not.toMatch(/^FROM\s/m); // a Dockerfile example line
    }
  });

  it('tells an author which part a rule file lacks', () => {
    const whole = readFileSync(join(root, 'content/rules/MS003.md'), 'utf8');
    expect(() => parseRuleDoc('MS003', whole.replace(/^summary:.*$/m, ''), 'MS003.md')).toThrow(
      new RuleDocError("MS003.md: missing 'summary:' in the front matter"),
    );
    expect(() => parseRuleDoc('MS003', whole.replace('## Good', '## Fine'), 'MS003.md')).toThrow(/missing a '## good' part/);
    const doc = parseRuleDoc('MS003', whole);
    expect(doc.bad).toMatch(/^# syntax=docker\/dockerfile:1\n/);
    expect(doc.bad.endsWith('\n')).toBe(true);
  });
});
