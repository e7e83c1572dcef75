// The engine's public face: parse, model, lint, fix. Pure: text in, data out.
export type * from './types';
export type { Rule, RuleContext, RuleReport } from './rule';
export { buildModel } from './model';
export { lint, type LintOptions, type LintResult } from './lint';
export { applyFixes } from './fix';
export { rules, ruleById } from './rules/index';
