import type { RuleReport } from '../rule';
import { defineRule, mountValueWithFrom } from './util';

export default defineRule({
  id: 'MS004',
  name: 'stage-name-casing',
  severity: 'warning',
  buildkit: ['StageNameCasing'],
  fixable: true,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (stage.name && stage.nameSpan && stage.name !== stage.name.toLowerCase()) {
        reports.push({
          message: `stage name '${stage.name}' should be lower case: '${stage.name.toLowerCase()}'`,
          span: stage.nameSpan,
          fix: [{ span: stage.nameSpan, text: stage.name.toLowerCase() }],
        });
      }
    }
    for (const ref of model.references) {
      if (ref.via === 'from' || ref.target.kind !== 'stage' || ref.raw === ref.raw.toLowerCase()) continue;
      const lower = ref.raw.toLowerCase();
      const text = ref.via === 'copy' ? lower : mountValueWithFrom(ref, lower);
      reports.push({
        message: `reference '${ref.raw}' to stage '${model.stages[ref.target.stage]!.name}' should be lower case: '${lower}'`,
        span: ref.span,
        ...(text !== null ? { fix: [{ span: ref.span, text }] } : {}),
      });
    }
    return reports;
  },
});
