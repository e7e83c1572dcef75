import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS017');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS017');

describe('MS017 reserved-stage-name', () => {
  it('points at the stage name of the bad example', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 2, column: 21 }, end: { line: 2, column: 28 } });
    expect(finding!.message).toContain('build context');
  });

  it('catches scratch and context in any case', () => {
    const text = 'FROM alpine:3.19 AS Scratch\nFROM alpine:3.19 AS CONTEXT\nFROM alpine:3.19 AS scratchpad\n';
    expect(find(text).map((f) => [f.span.start.line, f.span.start.column])).toEqual([
      [1, 21],
      [2, 21],
    ]);
    expect(find(text)[0]!.message).toContain('empty image');
  });

  it('is skipped by # check=skip=ReservedStageName and by check=skip=all', () => {
    expect(find('# check=skip=ReservedStageName\nFROM alpine:3.19 AS scratch\n')).toEqual([]);
    expect(find('# check=skip=all\nFROM alpine:3.19 AS scratch\n')).toEqual([]);
  });
});
