import type { RuleContext, RuleReport } from '../rule';
import type { Reference, Stage, StageModel, TextEdit } from '../types';
import { defineRule, mountValueWithFrom } from './util';

export default defineRule({
  id: 'MS003',
  name: 'numeric-stage-reference',
  severity: 'warning',
  fixable: true,
  check(ctx: RuleContext): RuleReport[] {
    const reports: RuleReport[] = [];
    for (const ref of ctx.model.references) {
      if (ref.target.kind !== 'index') continue;
      const stage = ctx.model.stages[ref.target.index];
      const where = ref.via === 'mount' ? 'RUN --mount from=' : '--from=';
      const message =
        ref.via === 'mount'
          ? `${where}${ref.raw} uses a stage index: BuildKit reads a number here as an image name and the build fails; name the stage and use the name`
          : `${where}${ref.raw} refers to a stage by index: it breaks when stages are added or reordered; use the stage's name`;
      const fix = stage && stage.index < ref.stage ? fixFor(ctx.model, ref, stage) : null;
      // In RUN --mount a number is read as an image name: the build fails.
      reports.push({ message, span: ref.span, ...(ref.via === 'mount' ? { severity: 'error' as const } : {}), ...(fix ? { fix } : {}) });
    }
    return reports;
  },
});

function fixFor(model: StageModel, ref: Reference, stage: Stage): TextEdit[] | null {
  const image = stage.from.args[0];
  if (!image) return null;
  const name = stage.name?.toLowerCase() ?? chooseName(model, stage);
  const text = ref.via === 'mount' ? mountValueWithFrom(ref, name) : name;
  if (text === null) return null;
  const edits: TextEdit[] = [{ span: ref.span, text }];
  if (!stage.name) {
    const as = /^[a-z]/.test(model.lines[stage.from.span.start.line - 1]!.slice(stage.from.keywordSpan.start.column - 1)) ? 'as' : 'AS';
    edits.push({ span: { start: image.span.end, end: image.span.end }, text: ` ${as} ${name}` });
  }
  return edits;
}

function chooseName(model: StageModel, stage: Stage): string {
  const taken = new Set(model.stages.flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])));
  const wanted =
    stage.builds.length > 0 ? 'build' : stage.tests.length > 0 ? 'test' : stage.dependencyInstalls.length > 0 ? 'deps' : 'base';
  if (!taken.has(wanted)) return wanted;
  for (let i = stage.index; ; i++) if (!taken.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}
