// Every Dockerfile in the reference is a test case: a block marked `bad=…` must produce
// exactly those rules, every other whole-file block must lint with no finding at all.
import { describe, expect, it } from 'vitest';
import { lint as lintAt } from '../src/engine';
import { CONTENT_REVIEW_DATE } from '../src/content/review-date';

// Linted as of the content's review date: no example may use a release past its end of life then.
const lint = (text: string) => lintAt(text, { today: CONTENT_REVIEW_DATE });
import { codeBlocks, loadSections } from '../src/content';

const cases = loadSections().flatMap((section) =>
  codeBlocks(section.markdown)
    .filter((b) => b.language === 'dockerfile' && !b.fragment)
    .map((block) => ({ section: section.id, block })),
);

describe('Dockerfile blocks of the reference', () => {
  it('has good and bad examples to check', () => {
    expect(cases.filter((c) => c.block.bad.length === 0).length).toBeGreaterThan(20);
    expect(cases.filter((c) => c.block.bad.length > 0).length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [`${c.section}:${c.block.line}`, c] as const))('%s', (_name, { block }) => {
    const found = lint(block.code).findings.map((f) => `${f.rule} line ${f.span.start.line}: ${f.message}`);
    if (block.bad.length === 0) {
      expect(found).toEqual([]);
    } else {
      const rules = [...new Set(lint(block.code).findings.map((f) => f.rule))].sort();
      expect({ rules, found }).toMatchObject({ rules: [...new Set(block.bad)].sort() });
    }
  });

  it('uses fragments sparingly', () => {
    const all = loadSections().flatMap((s) => codeBlocks(s.markdown).filter((b) => b.language === 'dockerfile'));
    expect(all.filter((b) => b.fragment).length).toBeLessThanOrEqual(all.length / 4);
  });

  it('marks every fence with a language', () => {
    for (const section of loadSections()) {
      for (const block of codeBlocks(section.markdown)) expect(block.language, `${section.id} line ${block.line}`).not.toBe('');
    }
  });
});
