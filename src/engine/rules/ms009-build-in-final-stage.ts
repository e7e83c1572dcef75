import type { RuleReport } from '../rule';
import { chain } from '../query';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS009',
  name: 'build-in-final-stage',
  severity: 'error',
  fixable: false,
  check({ model, final }) {
    if (!final || model.stages.length < 2) return [];
    const reports: RuleReport[] = [];
    const seen = new Set<object>();
    for (const stage of chain(model, final)) {
      for (const build of stage.builds) {
        if (seen.has(build.command.instruction)) continue;
        seen.add(build.command.instruction);
        const via = stage === final ? '' : ` (in ${stageName(stage)}, which the final stage builds on)`;
        reports.push({
          message: `'${build.command.argv.slice(0, 3).join(' ')}' builds in the shipped stage${via}: build in a separate stage and copy the result`,
          span: headSpan(build.command.instruction),
        });
      }
    }
    return reports;
  },
});
