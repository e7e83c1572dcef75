import { describe, expect, it } from 'vitest';
import { lint as lintAt, rules, fixText } from '../src/engine';
import { ruleDoc } from '../src/content/rule-docs';
import { CONTENT_REVIEW_DATE } from '../src/content/review-date';

// Rule texts are content: linted as of the content's review date (MS023 included).
const lint = (text: string) => lintAt(text, { today: CONTENT_REVIEW_DATE });

describe.each(rules.map((r) => [r.id, { ...r, ...ruleDoc(r) }] as const))('%s teaches with examples that hold', (_id, rule) => {
  it('fires on its bad example', () => {
    const ids = lint(rule.bad).findings.map((f) => f.rule);
    expect(ids).toContain(rule.id);
  });
  it('keeps its good example clean', () => {
    expect(lint(rule.good).findings.map((f) => `${f.rule} ${f.span.start.line}: ${f.message}`)).toEqual([]);
  });
  it('links to a reference section and carries its teaching', () => {
    expect(rule.reference).toMatch(/^[a-z][a-z-]+$/);
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.why.length).toBeGreaterThan(40);
    expect(rule.fix.length).toBeGreaterThan(10);
  });
  if (rule.fixable)
    it('fixes its bad example so the rule no longer fires, and a second fix changes nothing', () => {
      const once = fixText(rule.bad).text;
      expect(once).not.toBe(rule.bad);
      expect(lint(once).findings.map((f) => f.rule)).not.toContain(rule.id);
      expect(fixText(once).text).toBe(once);
    });
  if (!rule.fixable)
    it('offers no fix, as its module says', () => {
      expect(lint(rule.bad).findings.filter((f) => f.rule === rule.id && f.fix)).toEqual([]);
    });
});

it('has every rule of the catalogue, MS000 to MS025, once, then our own rules from MS100', () => {
  const ids = rules.map((r) => r.id);
  const expected = Array.from({ length: 26 }, (_, i) => `MS${String(i).padStart(3, '0')}`);
  expect(ids.slice(0, 26)).toEqual(expected);
  expect(ids.slice(26).every((id) => /^MS1\d\d$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
});
