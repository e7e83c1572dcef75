// `multistage-tutor explain ID`: one rule with its teaching — why, bad and good, how to fix.
import { rules } from '../../engine';
import type { Rule } from '../../engine/rule';
import { CliError, parseCommandArgs, type CliIO } from '../io';
import { paint, type Paint } from '../format/color';
import { markdownToPlain } from '../format/markdown-plain';
import { sectionTitles } from '../format/sections';
import { findRule, unknownRuleMessage } from '../format/suggest';
import { equivalentsOf, ruleDoc } from '../../content/rule-docs';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('explain', args, {});
  if (positionals.length !== 1) {
    throw new CliError(`explain: give one rule ID, e.g. 'multistage-tutor explain MS003' ('multistage-tutor rules' lists them)`);
  }
  const rule = findRule(rules, positionals[0]!);
  if (!rule) throw new CliError(`explain: ${unknownRuleMessage(rules, positionals[0]!)}`);
  const title = (await sectionTitles()).get(ruleDoc(rule).reference);
  io.stdout.write(explainText(rule, title, paint(io.color), Math.min(io.columns, 100)) + '\n');
  return 0;
}

export function explainText(rule: Rule, sectionTitle: string | undefined, p: Paint, width: number): string {
  const heading = (text: string) => p.bold(text);
  const code = (text: string) =>
    text
      .replace(/\n+$/, '')
      .split('\n')
      .map((line) => (line ? `    ${p.cyan(line)}` : ''))
      .join('\n');
  const doc = ruleDoc(rule);
  const equivalents = equivalentsOf(rule);
  const fix = rule.fixable ? ', fixable: multistage-tutor lint --fix' : '';
  return [
    `${p.bold(`${rule.id} ${rule.name}`)} (${p.severity(rule.severity, rule.severity)}${fix})`,
    doc.summary,
    heading('Why it matters'),
    markdownToPlain(doc.why, width, p, '  '),
    heading('Bad'),
    code(doc.bad),
    heading('Good'),
    code(doc.good),
    heading('How to fix'),
    markdownToPlain(doc.fix, width, p, '  '),
    heading('Equivalents'),
    `  ${equivalents.length ? equivalents.join(', ') : 'none in hadolint or BuildKit checks'}`,
    heading('Read more'),
    `  ${sectionTitle ? `${sectionTitle} (${doc.reference})` : doc.reference}: multistage-tutor ref ${doc.reference}`,
    ...(doc.sources ? [heading('Sources'), markdownToPlain(doc.sources, width, p, '  ')] : []),
  ].join('\n\n');
}
