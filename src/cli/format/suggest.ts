// "Did you mean …" for rule IDs and names typed on the command line.
import { distance } from 'fastest-levenshtein';
import type { Rule } from '../../engine/rule';

/** The rule an ID or name means, case-insensitively (`ms003`, `numeric-stage-reference`). */
export function findRule(rules: Rule[], query: string): Rule | undefined {
  const q = query.trim().toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === q || rule.name === q);
}

/** Up to three rule IDs close to what was typed, best first. */
export function closeRuleIds(rules: Rule[], query: string): string[] {
  const q = query.trim().toLowerCase();
  const digits = q.replace(/\D/g, '');
  return rules
    .map((rule) => {
      let score = Math.min(distance(q, rule.id.toLowerCase()), distance(q, rule.name));
      // `MS3` and `3` mean MS003 more surely than edit distance says.
      if (digits && Number(digits) === Number(rule.id.replace(/\D/g, ''))) score = 0;
      return { id: rule.id, score };
    })
    .filter((c) => c.score <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, 3)
    .map((c) => c.id);
}

export function unknownRuleMessage(rules: Rule[], query: string): string {
  const close = closeRuleIds(rules, query);
  const hint = close.length ? `did you mean ${close.join(', ')}? ` : '';
  return `unknown rule '${query}' (${hint}'multistage-tutor rules' lists them all)`;
}
