// `multistage-tutor rules`: every rule in a table a person can scan.
import { rules } from '../../engine';
import { parseCommandArgs, type CliIO } from '../io';
import { paint } from '../format/color';
import { wrap } from '../format/wrap';
import { ruleDoc } from '../../content/rule-docs';

export async function run(args: string[], io: CliIO): Promise<number> {
  parseCommandArgs('rules', args, {}, false);
  const p = paint(io.color);
  const rows = rules.map((rule) => [rule.id, rule.name, rule.severity, rule.fixable ? 'yes' : '', ruleDoc(rule).summary]);
  const head = ['ID', 'NAME', 'SEVERITY', 'FIX', 'SUMMARY'];
  const widths = head.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const indent = widths.reduce((sum, w) => sum + w + 2, 0);
  // The summary wraps under its own column; on a very narrow terminal it goes below instead.
  const room = io.columns - indent;
  const cells = (r: string[], style = (_i: number, cell: string) => cell) =>
    r
      .slice(0, 4)
      .map((cell, i) => style(i, cell.padEnd(widths[i]!)))
      .join('  ') + '  ';
  const lines = [p.bold(cells(head) + head[4])];
  for (const [i, row] of rows.entries()) {
    const rule = rules[i]!;
    const styled = cells(row, (col, cell) => (col === 2 ? p.severity(rule.severity, cell) : cell));
    if (room < 24) {
      lines.push(styled.trimEnd(), ...wrap(row[4]!, io.columns - 4).map((l) => `    ${l}`));
      continue;
    }
    const [first = '', ...rest] = wrap(row[4]!, room);
    lines.push(styled + first, ...rest.map((l) => ' '.repeat(indent) + l));
  }
  lines.push('', ...wrap(`'multistage-tutor explain ID' shows one rule: why, a bad and a good example, the fix.`, io.columns));
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
