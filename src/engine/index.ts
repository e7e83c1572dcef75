// The engine's public face: parse, model, lint, fix. Pure: text in, data out.
export type * from './types';
export type { Rule, RuleContext, RuleReport } from './rule';
export { buildModel } from './model';
export { lint, type LintOptions, type LintResult } from './lint';
export { applyFixes, fixText } from './fix';
export { UnknownTargetError, contextFor } from './lint';
export * from './query';
export { rules, ruleById } from './rules/index';
export { stageGraph, UnknownStageError } from './graph';
export { escapeControls } from './text';
export * as facts from './facts';
