import type { RuleReport } from '../rule';
import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS005',
  name: 'duplicate-stage-name',
  severity: 'warning',
  buildkit: ['DuplicateStageName'],
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        reports.push({
          message: `stage name '${stage.name}' is already used at line ${first}: COPY --from, RUN --mount from= and --target resolve to this later stage (a FROM, to the last one above it)`,
          span: stage.nameSpan ?? headSpan(stage.from),
        });
      } else {
        seen.set(key, stage.from.span.start.line);
      }
    }
    return reports;
  },
});
