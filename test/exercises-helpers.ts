// Text transformations the curriculum tests apply to answers: they go through the engine's
// model (spans of names and references), so they change exactly what Docker would see.
import { buildModel, lint } from '../src/engine';
import type { Span } from '../src/engine/types';

interface Edit {
  span: Span;
  text: string;
}

/** Applies single-line edits, last first, so earlier positions stay valid. */
function applyEdits(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  const sorted = [...edits].sort((a, b) => b.span.start.line - a.span.start.line || b.span.start.column - a.span.start.column);
  for (const { span, text: replacement } of sorted) {
    if (span.start.line !== span.end.line) throw new Error('multi-line edit');
    const line = lines[span.start.line - 1]!;
    lines[span.start.line - 1] = line.slice(0, span.start.column - 1) + replacement + line.slice(span.end.column - 1);
  }
  return lines.join('\n');
}

/** Every stage gets a new name; every FROM, COPY --from and RUN --mount from= that names a stage follows. */
export function renameStages(text: string, rename: (name: string, index: number) => string = (_n, i) => `phase${i}-renamed`): string {
  const model = buildModel(text);
  const edits: Edit[] = [];
  const newName = new Map<number, string>();
  for (const stage of model.stages) {
    if (!stage.name || !stage.nameSpan) continue;
    newName.set(stage.index, rename(stage.name, stage.index));
    edits.push({ span: stage.nameSpan, text: newName.get(stage.index)! });
  }
  for (const ref of model.references) {
    if (ref.target.kind !== 'stage') continue;
    const name = newName.get(ref.target.stage)!;
    const { start, end } = ref.span;
    const original = model.lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
    // A mount's span may cover all of `type=cache,from=build,…`: replace only the name in it.
    const replaced = original === ref.raw ? name : original.replace(new RegExp(`(from=)${ref.raw}(?=,|$)`, 'i'), `$1${name}`);
    if (replaced === original) throw new Error(`could not rename reference '${ref.raw}'`);
    edits.push({ span: ref.span, text: replaced });
  }
  return applyEdits(text, edits);
}

/** Comments and blank lines between instructions (after the leading parser directives). */
export function addCommentsAndBlankLines(text: string): string {
  const model = buildModel(text);
  const starts = new Set(model.instructions.map((i) => i.span.start.line));
  const firstInstruction = Math.min(...starts);
  return text
    .split('\n')
    .flatMap((line, i) => (starts.has(i + 1) && i + 1 > firstInstruction ? ['', `# note ${i}: added by a test`, '', line] : [line]))
    .concat(['', '# the end'])
    .join('\n');
}

/** Inserts a line just before the first instruction (where an ignore-file pragma must go). */
function beforeFirstInstruction(text: string, inserted: string): string {
  const model = buildModel(text);
  const first = model.instructions[0]!.span.start.line;
  const lines = text.split('\n');
  lines.splice(first - 1, 0, inserted);
  return lines.join('\n');
}

/** The start file with its findings silenced by a file-wide pragma (what a shortcut-taker would do). */
export function silenceWithIgnoreFile(text: string, rules: string[]): string {
  const ids = [...new Set([...rules, ...lint(text).findings.map((f) => f.rule)])];
  return beforeFirstInstruction(text, `# multistage-tutor ignore-file=${ids.length ? ids.join(',') : 'MS001'}`);
}

/** The start file with `# multistage-tutor ignore=…` above every instruction that has a finding. */
export function silenceWithInlineIgnores(text: string): string {
  const { findings, model } = lint(text);
  const lines = text.split('\n');
  const inserts = new Map<number, Set<string>>();
  const fileWide = new Set<string>();
  for (const finding of findings) {
    const instruction = model.instructions.find(
      (i) => i.span.start.line <= finding.span.start.line && finding.span.start.line <= i.span.end.line,
    );
    if (!instruction) {
      fileWide.add(finding.rule);
      continue;
    }
    const set = inserts.get(instruction.span.start.line) ?? new Set<string>();
    set.add(finding.rule);
    inserts.set(instruction.span.start.line, set);
  }
  for (const line of [...inserts.keys()].sort((a, b) => b - a)) {
    lines.splice(line - 1, 0, `# multistage-tutor ignore=${[...inserts.get(line)!].join(',')}`);
  }
  const result = lines.join('\n');
  return fileWide.size ? beforeFirstInstruction(result, `# multistage-tutor ignore-file=${[...fileWide].join(',')}`) : result;
}
