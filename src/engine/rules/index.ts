// The rule catalogue, in ID order. Add a rule: write its module, list it here.
import type { Rule } from '../rule';

export const rules: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  const key = id.trim().toUpperCase();
  return rules.find((r) => r.id === key);
}
