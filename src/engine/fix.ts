// Applies the text edits that fixable rules attach to their findings, until none is left.
import { lint, type LintOptions } from './lint';
import type { Finding, Pos, TextEdit } from './types';

export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const starts = lineStarts(text);
  const offset = (p: Pos) => (starts[p.line - 1] ?? text.length) + p.column - 1;
  const edits = findings
    .flatMap((f) => (f.fix ? [f.fix] : []))
    .map((group) => group.map((e: TextEdit) => ({ from: offset(e.span.start), to: offset(e.span.end), text: e.text })));
  // Whole groups only, and none that overlaps an earlier one.
  const taken: { from: number; to: number; text: string }[] = [];
  let applied = 0;
  for (const group of edits) {
    if (group.some((e) => taken.some((t) => e.from < t.to && t.from < e.to || (e.from === e.to && e.from === t.from)))) continue;
    taken.push(...group);
    applied++;
  }
  taken.sort((a, b) => b.from - a.from);
  let result = text;
  for (const edit of taken) result = result.slice(0, edit.from) + edit.text + result.slice(edit.to);
  return { text: result, applied };
}

export function fixText(text: string, options: LintOptions = {}): { text: string; applied: number } {
  let current = text;
  let total = 0;
  for (let round = 0; round < 10; round++) {
    const { findings } = lint(current, options);
    const { text: next, applied } = applyFixes(current, findings);
    if (applied === 0 || next === current) break;
    current = next;
    total += applied;
  }
  return { text: current, applied: total };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
