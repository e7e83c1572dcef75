// The rule catalogue, in ID order. Add a rule: write its module, list it here.
import type { Rule } from '../rule';
import ms002 from './ms002-unnamed-stage';
import ms003 from './ms003-numeric-stage-reference';

export const rules: Rule[] = [ms002, ms003].sort((a, b) => a.id.localeCompare(b.id));

export function ruleById(id: string): Rule | undefined {
  const key = id.trim().toUpperCase();
  return rules.find((r) => r.id === key);
}
