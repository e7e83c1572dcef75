// The one reading of a rule named on the command line, in a settings file or in a pragma:
// its ID in any case (MS003, ms003), its ID with the number unpadded (ms3, MS23, ms105), or its name.

/** The ID as the engine spells it (`ms3` → `MS003`), or undefined when `text` is no rule ID's shape. */
export function canonicalRuleId(text: string): string | undefined {
  // A number written without leading zeros only: `MS03` is a typo to be asked about, not a rule.
  const match = /^ms(\d{3}|0|[1-9]\d{0,2})$/i.exec(text.trim());
  return match ? `MS${match[1]!.padStart(3, '0')}` : undefined;
}

/** The rule an ID or name means, in any letter case. */
export function findRuleByIdOrName<T extends { readonly id: string; readonly name: string }>(
  rules: readonly T[],
  query: string,
): T | undefined {
  const id = canonicalRuleId(query);
  const name = query.trim().toLowerCase();
  return rules.find((rule) => rule.id === id || rule.name === name);
}
