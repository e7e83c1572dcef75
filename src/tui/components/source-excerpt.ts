// A finding's source line with a caret under its span, as the Lint and Exercise screens show it.
import type { Finding } from '../../engine/types';
import { displaySafe } from '../../content/terminal-safe';

/** The source line of a finding with a caret under the span, cut to the width. */
export function sourceExcerpt(lines: string[], finding: Finding, width: number): string[] {
  const n = finding.span.start.line;
  const text = displaySafe((lines[n - 1] ?? '').replace(/\t/g, ' '));
  const gutter = `${String(n).padStart(4)} │ `;
  const start = finding.span.start.column - 1;
  const end = finding.span.end.line === n ? Math.max(start + 1, finding.span.end.column - 1) : Math.max(start + 1, text.length);
  const room = Math.max(10, width - gutter.length);
  // Slide the window so the caret stays visible on a long line.
  const shift = start >= room ? start - Math.floor(room / 3) : 0;
  return [
    gutter + text.slice(shift, shift + room),
    ' '.repeat(gutter.length) + ' '.repeat(start - shift) + '^'.repeat(Math.max(1, Math.min(end - start, room - (start - shift)))),
  ];
}
