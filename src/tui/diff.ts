// A line diff for showing what `f` would change. Dockerfiles are short, so the plain LCS table is fine.

export interface DiffLine {
  kind: ' ' | '-' | '+';
  text: string;
  /** Line number in the old file (for ' ' and '-') or the new file (for '+'). */
  line: number;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: ' ', text: a[i]!, line: i + 1 });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ kind: '-', text: a[i]!, line: i + 1 });
      i++;
    } else {
      out.push({ kind: '+', text: b[j]!, line: j + 1 });
      j++;
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
  const out: (DiffLine | null)[] = [];
  diff.forEach((d, k) => {
    if (keep[k]) out.push(d);
    else if (out.length > 0 && out[out.length - 1] !== null && diff.slice(k).some((_, x) => keep[k + x])) out.push(null);
  });
  return out;
}
