// "Did you mean …" for rule IDs and names typed on the command line.
import { didYouMean, didYouMeanHint } from '../../engine/did-you-mean';
import type { Rule } from '../../engine/rule';
import { findRuleByIdOrName } from '../../engine/rule-id';

/** The rule an ID or name means, in any case and with the number unpadded (`ms3`, `numeric-stage-reference`). */
export function findRule(rules: Rule[], query: string): Rule | undefined {
  return findRuleByIdOrName(rules, query);
}

/** Up to three rule IDs close to what was typed, best first. */
export function closeRuleIds(rules: Rule[], query: string): string[] {
  // `MS3` and `3` mean MS003 more surely than edit distance says.
  const digits = query.replace(/\D/g, '');
  const byNumber = digits ? rules.filter((rule) => Number(digits) === Number(rule.id.replace(/\D/g, ''))) : [];
  const byName = didYouMean(query, rules, { names: (rule) => [rule.id, rule.name] });
  return [...new Set([...byNumber, ...byName].map((rule) => rule.id))].slice(0, 3);
}

export function unknownRuleMessage(rules: Rule[], query: string): string {
  const hint = didYouMeanHint(closeRuleIds(rules, query));
  return `unknown rule '${query}' (${hint}'multistage-tutor rules' lists them all)`;
}
