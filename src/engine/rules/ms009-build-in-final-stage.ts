import type { RuleReport } from '../rule';
import { buildsThrough } from '../facts/builds';
import { commandWords } from '../shell';
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
        message: `'${commandWords(command.argv, 3)}' builds in the shipped stage${via}: build in a separate stage and copy the result`,
        span: headSpan(command.instruction),
      });
    }
    return reports;
  },
});
