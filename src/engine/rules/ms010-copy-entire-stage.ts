import type { RuleReport } from '../rule';
import { chain } from '../query';
import { defineRule } from './util';

/** Sources that, with --from, mean the whole filesystem of the stage. */
export const WHOLE_STAGE_SOURCES = new Set(['/', '/.', '/*', '.', './', './*', '*']);

export default defineRule({
  id: 'MS010',
  name: 'copy-entire-stage',
  severity: 'error',
  fixable: false,
  check({ model, final }) {
    const reports: RuleReport[] = [];
    const shippedChain = new Set(final ? chain(model, final).map((s) => s.index) : []);
    for (const stage of model.stages) {
      for (const copy of stage.copies) {
        const target = copy.from?.target;
        if (!copy.from || !target || (target.kind !== 'stage' && target.kind !== 'index')) continue;
        const whole = copy.sources.find((s) => WHOLE_STAGE_SOURCES.has(s.trim()));
        if (whole === undefined) continue;
        // A stage that is only an image alias (`FROM tonistiigi/xx AS xx`) is a toolbox made to be
        // copied whole into a build stage; into the shipped image it is still a whole-stage copy.
        const source = model.stages[target.kind === 'stage' ? target.stage : target.index];
        if (source && source.instructions.length === 0 && !shippedChain.has(stage.index)) continue;
        reports.push({
          message: `'COPY --from=${copy.from.raw} ${whole}' copies the whole filesystem of that stage: copy only the artifacts you need`,
          span: copy.instruction.span,
        });
      }
    }
    return reports;
  },
});
