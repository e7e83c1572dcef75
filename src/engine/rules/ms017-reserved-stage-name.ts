import type { RuleReport } from '../rule';
import { defineRule } from './util';

/** Names BuildKit gives their own meaning: the empty image and the build context. */
const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  id: 'MS017',
  name: 'reserved-stage-name',
  severity: 'warning',
  buildkit: ['ReservedStageName'],
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameSpan || !RESERVED.has(stage.name.toLowerCase())) continue;
      reports.push({
        message: `stage name '${stage.name}' is reserved (${stage.name.toLowerCase() === 'scratch' ? 'every later FROM scratch would start from this stage instead of the empty image' : 'it is the name of the build context'}): choose a name that says what the stage holds`,
        span: stage.nameSpan,
      });
    }
    return reports;
  },
});
