import type { RuleReport } from '../rule';
import { defineRule } from './util';

export default defineRule({
  id: 'MS006',
  name: 'invalid-stage-reference',
  severity: 'error',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.target.kind !== 'stage' || ref.target.stage < ref.stage) continue;
      const target = model.stages[ref.target.stage]!;
      const message =
        ref.target.stage === ref.stage
          ? `'${ref.raw}' refers to the stage it is in${model.stages.filter((s) => s.name?.toLowerCase() === ref.raw.toLowerCase()).length > 1 ? ' (a duplicated name resolves to the last stage of that name)' : ''}: a stage cannot use itself`
          : `'${ref.raw}' refers to stage '${target.name}' at line ${target.from.span.start.line}, defined later: a stage can only use stages above it`;
      reports.push({ message, span: ref.span });
    }
    return reports;
  },
});
