import type { RuleReport } from '../rule';
import { endOfLifeOf, retiredImage } from '../end-of-life';
import { defineRule } from './util';

export default defineRule({
  id: 'MS023',
  name: 'end-of-life-base',
  severity: 'warning',
  fixable: false,
  check({ model, today }) {
    if (today === null) return [];
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.via !== 'from' || ref.target.kind !== 'image' || ref.target.image.unresolved) continue;
      const retired = retiredImage(ref.target.image);
      if (retired) {
        reports.push({
          message: `FROM image '${ref.target.image.resolved}' comes from the '${ref.target.image.name}' repository, which its publisher deprecated: no tag of it has had security fixes since ${retired.since}${retired.more}: move to ${retired.replacement}`,
          span: ref.span,
        });
        continue;
      }
      for (const eol of endOfLifeOf(ref.target.image, today)) {
        const since = eol.planned ? `since ${eol.eol} (the date its release policy sets)` : `since ${eol.eol}`;
        const move = eol.moveTo ? `: move to ${eol.label} ${eol.moveTo}` : ': move to a supported release';
        reports.push({
          message: `FROM image '${ref.target.image.resolved}' uses ${eol.label} ${eol.version}, past its end of life ${since}, so it gets no more security fixes${move}`,
          span: ref.span,
        });
      }
    }
    return reports;
  },
});
