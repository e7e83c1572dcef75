// Findings as a person reads them in a terminal: where, what, and the source line with the
// range underlined. `check` shows findings the same way, so this takes no command options.
import type { Finding, Severity } from '../../engine/types';
import { escapeControls } from '../../engine/text';
import type { Paint } from './color';

export interface FileReport {
  name: string;
  /** Source lines, without line ends. */
  lines: string[];
  findings: Finding[];
}

/** One finding: a `file:line:col` head line, the source line, and carets under the range. */
export function formatFinding(file: string, finding: Finding, lines: string[], paint: Paint, width = 80): string {
  const { start, end } = finding.span;
  // File names, messages (they quote the file) and source lines are the user's text: escaped.
  const head =
    `${paint.bold(`${escapeControls(file)}:${start.line}:${start.column}`)} ` +
    `${paint.severity(finding.severity, finding.severity)} ` +
    `${paint.dim(`${finding.rule} ${finding.name}`)}${finding.fix?.length ? paint.dim(' (fixable)') : ''}\n` +
    `  ${escapeControls(finding.message)}`;
  const source = lines[start.line - 1];
  if (source === undefined) return head;
  const gutter = String(start.line).length;
  const lastColumn = end.line === start.line ? end.column : source.length + 1;
  const cut = window(source, start.column, Math.max(lastColumn, start.column + 1), width - gutter - 5);
  const shown = { before: escapeControls(cut.before), marked: escapeControls(cut.marked), after: escapeControls(cut.after) };
  const caret = shown.before.replace(/\uFEFF/g, '').replace(/[^\t]/g, ' ') + '^'.repeat(Math.max(1, shown.marked.length));
  const more = end.line > start.line ? paint.dim(` (to line ${end.line})`) : '';
  return (
    `${head}\n` +
    `  ${paint.dim(`${start.line} |`)} ${shown.before}${shown.marked}${shown.after}\n` +
    `  ${' '.repeat(gutter)}${paint.dim(' |')} ${paint.severity(finding.severity, caret)}${more}`
  );
}

/** Cuts a long source line down to `room` characters around the marked range. */
function window(line: string, startColumn: number, endColumn: number, room: number) {
  const from = Math.min(startColumn - 1, line.length);
  const to = Math.min(Math.max(endColumn - 1, from), line.length);
  let before = line.slice(0, from);
  let marked = line.slice(from, to);
  let after = line.slice(to);
  room = Math.max(room, 20);
  if (before.length + marked.length + after.length <= room) return { before, marked, after };
  const keepBefore = Math.min(before.length, 16);
  if (before.length > keepBefore) before = '…' + before.slice(before.length - keepBefore + 1);
  if (marked.length > room - before.length - 1) marked = marked.slice(0, Math.max(1, room - before.length - 1));
  const left = room - before.length - marked.length;
  if (after.length > left) after = left > 1 ? after.slice(0, left - 1) + '…' : '';
  return { before, marked, after };
}

export function countBySeverity(findings: Iterable<Finding>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The whole text report of a lint run: findings per file, then one summary line. `notLinted` says
 * what was not linted and why, a part per reason ("1 file could not be read").
 */
export function formatText(reports: FileReport[], notLinted: readonly string[], paint: Paint, width = 80): string {
  const out: string[] = [];
  const all: Finding[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      out.push(formatFinding(report.name, finding, report.lines, paint, width), '');
      all.push(finding);
    }
  }
  const counts = countBySeverity(all);
  const files = plural(reports.length, 'file');
  const unread = notLinted.map((part) => `; ${part}`).join('');
  if (reports.length === 0) {
    out.push(`${paint.red('✗')} nothing linted: ${notLinted.join('; ')}`);
  } else if (all.length === 0) {
    out.push(`${paint.green('✓')} no findings in ${files}${unread}`);
  } else {
    const fixable = all.filter((f) => f.fix?.length).length;
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`].filter(
      (part) => !part.startsWith('0 '),
    );
    out.push(
      `${paint.red('✗')} ${plural(all.length, 'finding')} (${parts.join(', ')}) in ${files}${unread}` +
        (fixable ? `; ${fixable} fixable with --fix` : ''),
    );
  }
  return out.join('\n') + '\n';
}
