// The one "did you mean" of the project (engine/did-you-mean.ts), as its callers use it.
import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanHint } from '../src/engine/did-you-mean';

const commands = ['ref', 'tree', 'lint', 'graph', 'exercises', 'check', 'reset', 'hint', 'solution', 'rules', 'explain'];

describe('didYouMean', () => {
  it('suggests the names within a few edits, nearest first, ignoring case', () => {
    expect(didYouMean('lnt', commands)).toEqual(['lint', 'hint']);
    expect(didYouMean('CHEKC', commands)).toEqual(['check']);
    expect(didYouMean('zzzzzz', commands)).toEqual([]);
  });

  it("keeps the candidates' order between equals, and stops at the limit", () => {
    expect(didYouMean('s1', ['s2', 's3', 's4', 's5'], { limit: 2 })).toEqual(['s2', 's3']);
  });

  it('with substring, a name holding what was typed (or held in it) is a match', () => {
    expect(didYouMean('final', ['multi-stage', 'final-base', 'runtime'])).toEqual([]);
    expect(didYouMean('final', ['multi-stage', 'final-base', 'runtime'], { substring: true })).toEqual(['final-base']);
  });

  it("matches any of a candidate's names, and maxDistance Infinity always answers", () => {
    const rules = [
      { id: 'MS003', name: 'numeric-stage-reference' },
      { id: 'MS007', name: 'unknown-stage-reference' },
    ];
    expect(didYouMean('numeric-stage-refrence', rules, { names: (r) => [r.id, r.name] })).toEqual([rules[0]]);
    expect(didYouMean('qqqqqqqqqqqq', ['a', 'b'], { maxDistance: Infinity, limit: 1 })).toEqual(['a']);
  });

  it('words the hint of an unknown-name message', () => {
    expect(didYouMeanHint(['lint', 'hint'])).toBe('did you mean lint, hint? ');
    expect(didYouMeanHint([])).toBe('');
  });
});
