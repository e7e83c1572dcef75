import type { RuleReport } from '../rule';
import { declaredNames, declaredThroughChain, PLATFORM_ARGS, variableUses } from '../facts/vars';
import { defineRule, stageName } from './util';

/** Cheap first look: most files name no platform ARG at all. */
const ANY_USE = /\$\{?(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)/;

export default defineRule({
  id: 'MS018',
  name: 'undeclared-platform-arg',
  severity: 'warning',
  buildkit: ['UndefinedVar'],
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    if (!ANY_USE.test(model.text)) return reports;
    // Names declared by the end of each stage's parent: BuildKit hands an ARG down the chain.
    const declaredBy = declaredThroughChain(model);
    for (const stage of model.stages) {
      const parent = stage.parent !== null && stage.parent < stage.index ? declaredBy[stage.parent] : undefined;
      const declared = new Set<string>(parent);
      const reported = new Set<string>();
      for (const instruction of stage.instructions) {
        for (const use of variableUses(model, instruction, PLATFORM_ARGS)) {
          if (declared.has(use.name) || reported.has(use.name)) continue;
          reported.add(use.name);
          reports.push({
            message: `$${use.name} is empty in stage ${stageName(stage)}: platform ARGs are only set in FROM lines until the stage declares 'ARG ${use.name}'`,
            span: use.span,
          });
        }
        for (const name of declaredNames(instruction)) declared.add(name);
      }
    }
    return reports;
  },
});
