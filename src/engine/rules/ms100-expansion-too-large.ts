import type { RuleReport } from '../rule';
import type { Instruction, StageModel } from '../types';
import { assignments, MAX_EXPANSION } from '../vars';
import { defineRule, headSpan } from './util';

/**
 * The engine stops expanding a value at MAX_EXPANSION characters (vars.ts), so a value found at
 * that length was cut there: say so once, at the first ARG/ENV/WORKDIR/FROM that reached it.
 * Its teaching: content/rules/MS100.md.
 */
export default defineRule({
  id: 'MS100',
  name: 'expansion-too-large',
  severity: 'error',
  fixable: false,
  check({ model }) {
    const at = firstOversized(model);
    if (!at) return [];
    const report: RuleReport = {
      message: `${at.what} expands to ${MAX_EXPANSION / 1024} KiB or more (values that double at each line grow past any memory): the linter stopped expanding it there, so findings about what uses it may be incomplete`,
      span: headSpan(at.instruction),
    };
    return [report];
  },
});

const big = (value: string | null | undefined) => value !== null && value !== undefined && value.length >= MAX_EXPANSION;

/** Any value the model holds that was cut: the common answer, no, without reading any instruction again. */
function anyOversized(model: StageModel): boolean {
  for (const value of model.globalArgs.values()) if (big(value)) return true;
  for (const stage of model.stages) {
    for (const value of stage.args.values()) if (big(value)) return true;
    for (const value of stage.env.values()) if (big(value)) return true;
    if (big(stage.workdir) || (stage.base.kind === 'image' && big(stage.base.image.resolved))) return true;
  }
  return false;
}

function firstOversized(model: StageModel): { instruction: Instruction; what: string } | null {
  if (!anyOversized(model)) return null;
  for (const instruction of model.instructions) {
    const stage = instruction.stage >= 0 ? model.stages[instruction.stage]! : null;
    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      for (const [name] of assignments(
        instruction.keyword,
        instruction.args.map((w) => w.value),
      )) {
        const value = stage ? (instruction.keyword === 'ARG' ? stage.args.get(name) : stage.env.get(name)) : model.globalArgs.get(name);
        if (big(value)) return { instruction, what: `${instruction.keyword} ${name}` };
      }
    } else if (instruction.keyword === 'WORKDIR' && stage && big(stage.workdir)) {
      return { instruction, what: 'WORKDIR' };
    } else if (instruction.keyword === 'FROM' && stage?.base.kind === 'image' && big(stage.base.image.resolved)) {
      return { instruction, what: 'the FROM image' };
    }
  }
  return null;
}
