import type { RuleReport } from '../rule';
import { assignments } from '../vars';
import type { Instruction, Span, StageModel } from '../types';
import { defineRule, stageName } from './util';

const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH'];
/** Cheap first look: most files name no platform ARG at all. */
const ANY_USE = /\$\{?(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)/;
const USE = new RegExp(`\\$(?:\\{(${PLATFORM_ARGS.join('|')})(?=[}:+\\-?#%/])|(${PLATFORM_ARGS.join('|')})(?![A-Za-z0-9_]))`, 'g');

export default defineRule({
  id: 'MS018',
  name: 'undeclared-platform-arg',
  severity: 'warning',
  buildkit: ['UndefinedVar'],
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    if (!ANY_USE.test(model.text)) return reports;
    // Names declared by the end of each stage, its chain included (stages come in file order).
    const declaredBy = new Map<number, Set<string>>();
    for (const stage of model.stages) {
      // Declared in a stage this one is built FROM: BuildKit hands the ARG down.
      const parent = stage.parent !== null && stage.parent < stage.index ? model.stages[stage.parent]! : null;
      const declared = new Set<string>(parent ? declaredBy.get(parent.index) : []);
      const reported = new Set<string>();
      for (const instruction of stage.instructions) {
        for (const use of uses(model, instruction)) {
          if (declared.has(use.name) || reported.has(use.name)) continue;
          reported.add(use.name);
          reports.push({
            message: `$${use.name} is empty in stage ${stageName(stage)}: platform ARGs are only set in FROM lines until the stage declares 'ARG ${use.name}'`,
            span: use.span,
          });
        }
        for (const name of declaredIn([instruction])) declared.add(name);
      }
      declaredBy.set(stage.index, declared);
    }
    return reports;
  },
});

function declaredIn(instructions: Instruction[]): string[] {
  return instructions.flatMap((i) => (i.keyword === 'ARG' || i.keyword === 'ENV' ? assignments(i.keyword, i.args.map((w) => w.value)).map(([name]) => name) : []));
}

/** Every `$NAME` / `${NAME…}` of a platform ARG in the instruction's lines (heredoc bodies included), with its exact span. */
function uses(model: StageModel, instruction: Instruction): { name: string; span: Span }[] {
  const result: { name: string; span: Span }[] = [];
  const { start, end } = instruction.span;
  for (let line = start.line; line <= end.line; line++) {
    const text = model.lines[line - 1] ?? '';
    const from = line === start.line ? start.column - 1 : 0;
    const to = line === end.line ? end.column - 1 : text.length;
    // Comment lines between continuations (and shell comments in heredocs) use nothing.
    if (!text.includes('$') || (line > start.line && text.trimStart().startsWith('#'))) continue;
    const segment = text.slice(0, to);
    USE.lastIndex = from;
    for (let match = USE.exec(segment); match; match = USE.exec(segment)) {
      // An escaped dollar is a literal, not a variable.
      if (match.index > 0 && (segment[match.index - 1] === '\\' || segment[match.index - 1] === model.escapeChar)) continue;
      const name = (match[1] ?? match[2])!;
      const close = match[1] ? segment.indexOf('}', match.index) : -1;
      const stop = close !== -1 ? close + 1 : match.index + match[0].length;
      result.push({ name, span: { start: { line, column: match.index + 1 }, end: { line, column: stop + 1 } } });
    }
  }
  return result;
}
