// Small helpers shared by rule modules.
import type { Rule } from '../rule';
import type { Instruction, Reference, Span, Stage } from '../types';

/** The span of an instruction's first line (a finding should not underline a 40-line RUN). */
export function headSpan(instruction: Instruction): Span {
  if (instruction.span.start.line === instruction.span.end.line) return instruction.span;
  return { start: instruction.span.start, end: { line: instruction.span.start.line, column: instruction.keywordSpan.end.column } };
}

/** `'build'` or `#2` for an unnamed stage, quoted for messages. */
export function stageName(stage: Stage): string {
  return stage.name ? `'${stage.name}'` : `#${stage.index} (unnamed)`;
}

/** Rules are declared with `defineRule` so each module reads as data first, check last. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The `--mount` value of a `from=` reference with its from= option set to `name`; null if not found. */
export function mountValueWithFrom(ref: Reference, name: string): string | null {
  const flag = ref.instruction.flags.find(
    (f) => f.name === 'mount' && f.valueSpan?.start.line === ref.span.start.line && f.valueSpan.start.column === ref.span.start.column,
  );
  if (!flag?.value) return null;
  // The from= option the model read (mountOptions: the last one written wins), rewritten in place.
  const parts = flag.value.split(',');
  const at = parts.findLastIndex((p) => /^\s*from\s*=/i.test(p));
  if (at === -1) return null;
  parts[at] = parts[at]!.replace(/^(\s*from\s*=\s*).*$/i, `$1${name}`);
  return parts.join(',');
}

/**
 * For rules whose finding is "this stage cannot build": the rule's own severity where the default
 * build runs the stage, a warning where only `--target` builds it (the default build passes).
 */
export function buildFailureSeverity(shipped: ReadonlySet<number>, stage: Stage): { severity?: 'warning' } {
  return shipped.has(stage.index) ? {} : { severity: 'warning' };
}

/** One finding per RUN: the first of the items (in order) whose command belongs to each instruction. */
export function firstPerRun<T>(items: readonly T[], commandOf: (item: T) => { instruction: Instruction }): T[] {
  const seen = new Set<Instruction>();
  return items.filter((item) => {
    const { instruction } = commandOf(item);
    if (seen.has(instruction)) return false;
    seen.add(instruction);
    return true;
  });
}
