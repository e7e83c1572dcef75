// `--fix` places every edit by the parser's own line model: a lone CR ends a line for the parser,
// so it must for the edits too, in every mix of line endings, with or without a BOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, lint } from '../src/engine';
import { lineStarts } from '../src/engine/parse';

// The reproduction, a comment holding a lone CR before a fixable finding, with the text
// after the CR a comment too: the parser (as dockerfile-ast) ends a line at a lone CR, so a bare `x`
// there would be an unknown instruction (MS000), and a file with MS000 gets no other finding.
const LONE_CR =
  '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\n# note\r# x\nRUN go build -o /out/app .\nFROM alpine:3.19 AS runtime\nCOPY --from=0 /out/app /app\nRUN echo one two three four five\nUSER 1000\nCMD ["/app"]\n';

describe('--fix with a lone CR', () => {
  it('replaces exactly the numeric reference and leaves every other line as it was', () => {
    const fixed = fixText(LONE_CR).text;
    expect(fixed).toBe(LONE_CR.replace('COPY --from=0 ', 'COPY --from=build '));
    expect(fixed).toContain('RUN echo one two three four five\n');
  });

  it('counts lines as the parser does: CRLF, lone CR and LF each end one', () => {
    expect(lineStarts('a\r\nb\rc\nd')).toEqual([0, 3, 5, 7]);
    expect(lint('FROM a\rFROM b\r\nFROM c\n').model.lines).toEqual(['FROM a', 'FROM b', 'FROM c', '']);
  });
});

// Lines that draw fixable findings (MS001, MS003, MS016) among ordinary ones.
const LINES = [
  'FROM golang:1.22 as build',
  'FROM golang:1.22 AS build',
  'WORKDIR /src',
  '# a comment',
  'RUN go build -o /out/app .',
  'RUN echo one two three four five',
  'FROM alpine:3.19 as runtime',
  'COPY --from=0 /out/app /app',
  'COPY --from=build /out/app /app2',
  'RUN apk add --no-cache \\',
  '    curl',
  'USER 1000',
  'CMD ["/app"]',
  '',
];
const ENDINGS = ['\n', '\r\n', '\r'];

const file = fc.record({
  bom: fc.boolean(),
  lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }),
  // One ending for all lines (each kind), or a mix.
  endings: fc.oneof(
    fc.constantFrom(...ENDINGS).map((e) => () => e),
    fc.array(fc.constantFrom(...ENDINGS), { minLength: 14, maxLength: 14 }).map((list) => (i: number) => list[i % list.length]!),
  ),
});

function render(bom: boolean, lines: string[], ending: (i: number) => string): string {
  return (bom ? '\uFEFF' : '') + lines.map((l, i) => l + ending(i)).join('');
}

const normalise = (text: string) => text.replace(/\r\n|\r/g, '\n');

describe('--fix over every mix of line endings (property)', () => {
  it('fixes the mixed file exactly as it fixes the same file with LF endings, and a second --fix changes nothing', () => {
    fc.assert(
      fc.property(file, ({ bom, lines, endings }) => {
        const mixed = render(bom, lines, endings);
        // A file with no LF at all is one line to BuildKit: MS000, nothing to fix (its own test).
        fc.pre(mixed.includes('\n') || !mixed.includes('\r'));
        // The same lines as the parser reads them (a CR then an LF is one CRLF), ended by LF.
        const plain = normalise(mixed);
        const fixedMixed = fixText(mixed).text;
        const fixedPlain = fixText(plain).text;
        // The edits landed on the same characters: only line endings differ.
        expect(normalise(fixedMixed)).toBe(normalise(fixedPlain));
        // No line ending of the user's was lost: at least as many line breaks as before.
        expect(lineStarts(fixedMixed).length).toBeGreaterThanOrEqual(lineStarts(mixed).length);
        expect(fixText(fixedMixed).text).toBe(fixedMixed);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('puts each edit at the offsets of the line and column it names', () => {
    fc.assert(
      fc.property(file, ({ bom, lines, endings }) => {
        const text = render(bom, lines, endings);
        const starts = lineStarts(text);
        for (const finding of lint(text).findings) {
          for (const edit of finding.fix ?? []) {
            // The column counts from the start of the parser's line: the text there is the
            // same as in the line the parser gives (model.lines).
            const { line, column } = edit.span.start;
            const lineText = lint(text).model.lines[line - 1] ?? '';
            const offset = starts[line - 1]! + column - 1;
            expect(text.slice(starts[line - 1]!, offset)).toBe(lineText.slice(0, column - 1));
          }
        }
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});

describe('applying many edits', () => {
  it('applies 20,000 edits in one pass, each in its place', () => {
    const text = 'FROM alpine:3.19 as x\n'.repeat(20_000);
    const findings = lint(text).findings.filter((f) => f.rule === 'MS016');
    expect(findings).toHaveLength(20_000);
    const { text: fixed, applied } = applyFixes(text, findings);
    expect(applied).toBe(20_000);
    expect(fixed).toBe('FROM alpine:3.19 AS x\n'.repeat(20_000));
  });

  it('keeps whole groups only and never two edits over one another', () => {
    const span = (line: number, from: number, to: number) => ({ start: { line, column: from }, end: { line, column: to } });
    const finding = (fix: { span: ReturnType<typeof span>; text: string }[]) => ({
      rule: 'X',
      name: 'x',
      severity: 'info' as const,
      message: '',
      span: span(1, 1, 1),
      fix,
    });
    const { text, applied } = applyFixes('abcdef\nghij', [
      finding([{ span: span(1, 2, 4), text: 'XY' }]),
      finding([
        { span: span(1, 3, 5), text: 'no' },
        { span: span(2, 1, 2), text: 'no' },
      ]), // overlaps the first: whole group dropped
      finding([{ span: span(1, 1, 1), text: '>' }]), // an insertion before it
      finding([{ span: span(2, 2, 3), text: 'H' }]),
    ]);
    expect(text).toBe('>aXYdef\ngHij');
    expect(applied).toBe(3);
  });
});
