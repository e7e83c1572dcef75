// The source line and carets of a text finding, where alignment is easy to get wrong.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine';
import { paint } from '../src/cli/format/color';
import { formatFinding } from '../src/cli/format/text';

const finding = (line: number, start: number, end: number, endLine = line): Finding => ({
  rule: 'MS014',
  name: 'unpinned-image',
  severity: 'warning',
  message: 'pin it',
  span: { start: { line, column: start }, end: { line: endLine, column: end } },
});

/** The text under the carets, read back from the two printed lines. */
function underlined(out: string): string {
  const [, , source, carets] = out.split('\n');
  const code = source!.slice(source!.indexOf('| ') + 2);
  const marks = carets!.slice(carets!.indexOf('| ') + 2);
  return [...code].filter((_, i) => marks[i] === '^').join('');
}

describe('formatFinding', () => {
  it('underlines exactly the range, after tabs too', () => {
    const lines = ['FROM alpine', '\tCOPY --from=builder /a /b'];
    const out = formatFinding('Dockerfile', finding(2, 7, 19), lines, paint(false));
    expect(out.split('\n')[0]).toBe('Dockerfile:2:7 warning MS014 unpinned-image');
    expect(underlined(out)).toBe('--from=build');
  });

  it('cuts a long line around the range and keeps the range under its carets', () => {
    const line = `RUN echo ${'a'.repeat(500)} ubuntu:latest ${'b'.repeat(500)}`;
    const start = line.indexOf('ubuntu') + 1;
    const out = formatFinding('D', finding(1, start, start + 'ubuntu:latest'.length), [line], paint(false), 80);
    for (const l of out.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(underlined(out)).toBe('ubuntu:latest');
  });

  it('marks a range that runs over several lines to the end of its first line and says where it ends', () => {
    const lines = ['RUN apt-get update \\', '  && apt-get install -y gcc'];
    const out = formatFinding('D', finding(1, 5, 28, 2), lines, paint(false));
    expect(underlined(out)).toBe('apt-get update \\');
    expect(out).toMatch(/\(to line 2\)$/);
  });

  it('still shows a finding on an empty file', () => {
    const out = formatFinding('D', finding(1, 1, 1), [''], paint(false));
    expect(out.split('\n')[3]).toMatch(/\| \^$/);
  });
});
