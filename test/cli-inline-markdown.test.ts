// Inline Markdown in plain output (explain, hint, check): wrapping never splits the markup,
// so no backtick is left over and a code span that wraps keeps its style on both lines.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { paint } from '../src/cli/format/color';
import { markdownToPlain } from '../src/cli/format/markdown-plain';
import { rules } from '../src/engine';
import { ruleDoc } from '../src/content/rule-docs';
import { listExercises } from '../src/exercises';
import { cli } from './cli-helpers';

const proseLines = (out: string) => out.split('\n').filter((l) => !/^ {4,}\S/.test(l) || /^ {4}[✓✗]/.test(l));

describe('inline code in plain text', () => {
  it('keeps a code span whole in style when it wraps, with no backticks left', () => {
    const text = 'Install them with `npm ci --omit=dev --no-audit` in a separate stage and copy `node_modules` over.';
    for (let width = 20; width <= 60; width++) {
      const plain = markdownToPlain(text, width, paint(false));
      expect(plain, `width ${width}`).not.toContain('`');
      expect(plain.replace(/\s+/g, ' ')).toBe(
        'Install them with npm ci --omit=dev --no-audit in a separate stage and copy node_modules over.',
      );
      const colored = markdownToPlain(text, width, paint(true));
      for (const line of colored.split('\n')) {
        // Every yellow span opened on a line is closed on it.
        expect((line.match(/\x1b\[33m/g) ?? []).length, `width ${width}: ${JSON.stringify(line)}`).toBe(
          (line.match(/\x1b\[39m/g) ?? []).length,
        );
      }
      expect(stripVTControlCharacters(colored)).toBe(plain);
    }
  });

  it('shows links as the ref renderer does: text (ref id) and text (url)', () => {
    expect(
      markdownToPlain('See [the cache](#build-cache) and [BuildKit](https://docs.docker.com/build/buildkit/).', 200, paint(false)),
    ).toBe('See the cache (ref build-cache) and BuildKit (https://docs.docker.com/build/buildkit/).');
  });

  it('leaves no backtick in any rule explanation or fix, at any width', () => {
    for (const rule of rules) {
      const doc = ruleDoc(rule);
      for (const width of [40, 57, 80]) {
        for (const part of [doc.why, doc.fix, doc.sources]) {
          expect(markdownToPlain(part, width, paint(false)), `${rule.id} at ${width}`).not.toContain('`');
        }
      }
    }
  });

  it('leaves no backtick in explain, hint --all and the goals of check (narrow terminal)', () => {
    const outputs = [
      ...['MS003', 'MS004', 'MS013', 'MS015', 'MS020', 'MS022'].map((id) => cli(['explain', id], { env: { COLUMNS: '52' } }).stdout),
      cli(['hint', 'split-single-stage', '--all'], { env: { COLUMNS: '52' } }).stdout,
    ];
    for (const out of outputs) for (const line of proseLines(out)) expect(line).not.toContain('`');
    const goals = listExercises().flatMap((e) => e.goals.map((g) => g.description));
    for (const goal of goals) expect(markdownToPlain(goal, 30, paint(false))).not.toContain('`');
  });
});
