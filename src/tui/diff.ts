// A line diff for showing what `f` would change: the `diff` package's Myers diff, which stays
// near-linear when the two files are alike (a fix changes few lines of a file up to 1 MB).
import { diffArrays } from 'diff';

export interface DiffLine {
  kind: ' ' | '-' | '+';
  text: string;
  /** Line number in the old file (for ' ' and '-') or the new file (for '+'). */
  line: number;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffArrays(before.split('\n'), after.split('\n'))) {
    for (const text of change.value) {
      if (change.added) out.push({ kind: '+', text, line: newLine++ });
      else if (change.removed) out.push({ kind: '-', text, line: oldLine++ });
      else {
        out.push({ kind: ' ', text, line: oldLine++ });
        newLine++;
      }
    }
  }
  return out;
}

/** Only the changed lines with `context` unchanged lines around them, `…` between far-apart hunks. */
export function hunks(diff: DiffLine[], context = 2): (DiffLine | null)[] {
  const keep = diff.map(() => false);
  diff.forEach((d, k) => {
    if (d.kind === ' ') return;
    for (let x = Math.max(0, k - context); x <= Math.min(diff.length - 1, k + context); x++) keep[x] = true;
  });
  // keptAfter[k]: some line at k or later is kept (one pass from the end, so this stays linear).
  const keptAfter = new Array<boolean>(diff.length + 1).fill(false);
  for (let k = diff.length - 1; k >= 0; k--) keptAfter[k] = keep[k]! || keptAfter[k + 1]!;
  const out: (DiffLine | null)[] = [];
  diff.forEach((d, k) => {
    if (keep[k]) out.push(d);
    else if (out.length > 0 && out[out.length - 1] !== null && keptAfter[k]) out.push(null);
  });
  return out;
}
