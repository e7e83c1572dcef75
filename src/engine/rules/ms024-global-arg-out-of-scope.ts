import type { RuleReport } from '../rule';
import { declaredNames, declaredThroughChain, globalOnlyCandidates, variableUses } from '../facts/vars';
import { defineRule, stageName } from './util';

/** Instructions whose variables are the image's at run time, not the build's: not judged. */
const RUNTIME = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD']);

export default defineRule({
  id: 'MS024',
  name: 'global-arg-out-of-scope',
  severity: 'warning',
  buildkit: ['UndefinedVar'],
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    if (model.globalArgs.size === 0) return reports;
    const candidates = globalOnlyCandidates(model);
    if (candidates.size === 0) return reports;
    const declaredBy = declaredThroughChain(model);
    for (const stage of model.stages) {
      const parent = stage.parent !== null && stage.parent < stage.index ? declaredBy[stage.parent] : undefined;
      const declared = new Set<string>(parent);
      const reported = new Set<string>();
      for (const instruction of stage.instructions) {
        if (!RUNTIME.has(instruction.keyword)) {
          for (const use of variableUses(model, instruction, candidates)) {
            if (declared.has(use.name) || reported.has(use.name)) continue;
            reported.add(use.name);
            reports.push({
              message: `$${use.name} is empty in stage ${stageName(stage)}: it is declared only before the first FROM (global scope); add 'ARG ${use.name}' to the stage to use its value`,
              span: use.span,
            });
          }
        }
        for (const name of declaredNames(instruction)) declared.add(name);
      }
    }
    return reports;
  },
});
