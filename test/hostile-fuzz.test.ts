// Seeded fuzzing with the fault trial's weapons (test/fuzz-inputs.ts): the engine never throws,
// --fix settles, and the text report never lets a control character through. The long run of
// 20,000 inputs is bench/hostile-fuzz.mjs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, lint, stageGraph } from '../src/engine';
import { formatText } from '../src/cli/format/text';
import { paint } from '../src/cli/format/color';
import { hostileFile } from './fuzz-inputs';

const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('hostile files (seeded fuzz)', () => {
  it('lint and graph never throw; the text report holds no raw control character', () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        const { findings, model } = lint(text);
        stageGraph(model);
        const report = formatText([{ name: 'Dockerfile', lines: model.lines, findings }], [], paint(false), 80);
        expect(report).not.toMatch(RAW_CONTROL);
      }),
      { numRuns: 250, seed: 1616 },
    );
  });

  it('--fix settles: a second --fix changes nothing', () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        const once = fixText(text).text;
        expect(fixText(once).text).toBe(once);
      }),
      { numRuns: 120, seed: 1617 },
    );
  });
});
