import type { RuleReport } from '../rule';
import { chain } from '../query';
import { holdsOnlyOutputs, variableBaseStages } from '../facts/stages';
import type { Stage, StageModel } from '../types';
import { defineRule } from './util';

import { WHOLE_STAGE_SOURCES } from '../facts/copies';

export { WHOLE_STAGE_SOURCES };

export default defineRule({
  id: 'MS010',
  name: 'copy-entire-stage',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const reports: RuleReport[] = [];
    // Only what ships: the final stage and the stages it is built FROM.
    for (const stage of chain(model, final)) {
      for (const copy of stage.copies) {
        const target = copy.from?.target;
        if (!copy.from || !target || (target.kind !== 'stage' && target.kind !== 'index' && target.kind !== 'image')) continue;
        const whole = copy.sources.find((s) => WHOLE_STAGE_SOURCES.has(s.trim()));
        if (whole === undefined) continue;
        const source = target.kind === 'image' ? undefined : model.stages[target.kind === 'stage' ? target.stage : target.index];
        if (source && madeToBeCopiedWhole(model, source)) continue;
        reports.push({
          message: `'COPY --from=${copy.from.raw} ${whole}' copies the whole filesystem of that ${target.kind === 'image' ? 'image' : 'stage'} into the shipped image: copy only the artifacts you need`,
          span: copy.instruction.span,
        });
      }
    }
    return reports;
  },
});

/**
 * A stage that holds only outputs (its chain starts FROM scratch; for `FROM name-$VAR`, every
 * stage that name can be), or an image alias (`FROM tonistiigi/xx AS xx`, no instructions).
 */
function madeToBeCopiedWhole(model: StageModel, stage: Stage): boolean {
  if (holdsOnlyOutputs(model, stage)) return true;
  // `FROM $DISTROLESS_IMAGE AS distroless` is an alias too, whatever the variable holds; not
  // `FROM bin-$TARGETOS`, which stands for stages of the file (one of them not outputs only).
  const root = chain(model, stage).at(-1)!;
  return stage === root && root.instructions.length === 0 && variableBaseStages(model, stage).length === 0;
}
