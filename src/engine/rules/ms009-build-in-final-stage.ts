import type { RuleReport } from '../rule';
import { buildsThrough } from '../facts/builds';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS009',
  name: 'build-in-final-stage',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final || model.stages.length < 2) return [];
    const reports: RuleReport[] = [];
    const seen = new Set<object>();
    for (const { command, stage } of buildsThrough(model, final)) {
      if (seen.has(command.instruction)) continue;
      seen.add(command.instruction);
      const via = stage === final ? '' : ` (in ${stageName(stage)}, which the final stage builds on)`;
      reports.push({
        message: `'${command.argv.slice(0, 3).join(' ')}' builds in the shipped stage${via}: build in a separate stage and copy the result`,
        span: headSpan(command.instruction),
      });
    }
    return reports;
  },
});
