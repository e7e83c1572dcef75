// Applies the text edits that fixable rules attach to their findings, until none is left.
import { lint, type LintOptions, type LintResult } from './lint';
import { lineStarts, offsetAt } from './parse';
import type { Finding } from './types';

interface Placed {
  from: number;
  to: number;
  text: string;
}

/**
 * Edits are placed by the parser's own line model (parse.ts lineStarts: a lone CR ends a line
 * too), so a finding's line/column means the same character here as where the rule saw it.
 * Linear in the edits: accepted ones stay sorted (findings come in file order, so nearly
 * always appended), and the text is built once.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const starts = lineStarts(text);
  const taken: Placed[] = []; // disjoint, sorted by from
  let applied = 0;
  for (const finding of findings) {
    if (!finding.fix?.length) continue;
    const group = finding.fix.map((e) => ({
      from: offsetAt(text, starts, e.span.start),
      to: offsetAt(text, starts, e.span.end),
      text: e.text,
    }));
    // Whole groups only, and none that overlaps an edit taken before.
    if (group.some((e) => e.to < e.from || clashes(taken, e))) continue;
    for (const edit of group) insertSorted(taken, edit);
    applied++;
  }
  if (taken.length === 0) return { text, applied };
  const parts: string[] = [];
  let at = 0;
  for (const edit of taken) {
    parts.push(text.slice(at, edit.from), edit.text);
    at = edit.to;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

/** Index of the first taken edit that starts after `from` (or at it, when `atOrAfter`). */
function firstAfter(taken: readonly Placed[], from: number, atOrAfter: boolean): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = taken[mid]!.from;
    if (f < from || (!atOrAfter && f === from)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Overlaps a taken edit, or is a second insertion at the same point. */
function clashes(taken: readonly Placed[], e: Placed): boolean {
  // Taken edits are disjoint and sorted, so only the neighbours around e.from can overlap it.
  const i = firstAfter(taken, e.from, true);
  for (let j = Math.max(0, i - 1); j < taken.length; j++) {
    const t = taken[j]!;
    if (t.from >= e.to && !(t.from === e.from)) break;
    if (
      (e.from < t.to && t.from < e.to) ||
      (e.from === e.to && e.from === t.from) ||
      (t.from === t.to && t.from === e.from && e.from === e.to)
    )
      return true;
  }
  return false;
}

/** Keeps `taken` sorted; an insertion goes before a replacement that starts at the same point. */
function insertSorted(taken: Placed[], edit: Placed): void {
  const i = edit.from === edit.to ? firstAfter(taken, edit.from, true) : firstAfter(taken, edit.from, false);
  if (i === taken.length) taken.push(edit);
  else taken.splice(i, 0, edit);
}

/**
 * Fixes until nothing more changes (at most 10 rounds). `first` is the lint of `text` if the
 * caller has it; `result` is the lint of the returned text, so a caller need not lint it again.
 */
export function fixText(
  text: string,
  options: LintOptions = {},
  first?: LintResult,
): { text: string; applied: number; result: LintResult } {
  let current = text;
  let total = 0;
  let result = first ?? lint(current, options);
  for (let round = 0; round < 10; round++) {
    const { text: next, applied } = applyFixes(current, result.findings);
    if (applied === 0 || next === current) break;
    current = next;
    total += applied;
    result = lint(current, options);
  }
  return { text: current, applied: total, result };
}
