import type { RuleReport } from '../rule';
import { typoOf } from './ms007-unknown-stage-reference';
import { defineRule } from './util';

export default defineRule({
  id: 'MS014',
  name: 'unpinned-image',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.via === 'mount' || ref.target.kind !== 'image') continue;
      const image = ref.target.image;
      // An unresolved variable comes from --build-arg: nothing to judge. A typo of a stage is MS007's.
      if (image.unresolved || image.digest || typoOf(model, ref) !== null) continue;
      if (image.tag !== null && image.tag !== 'latest') continue;
      const shown = image.resolved !== image.raw ? `'${image.raw}' (resolves to '${image.resolved}')` : `'${image.raw}'`;
      const problem = image.tag === 'latest' ? 'uses the moving tag latest' : 'has no tag, so it means latest';
      reports.push({
        message: `${ref.via === 'from' ? 'FROM' : 'COPY --from'} image ${shown} ${problem}: pin a version tag or a digest so builds are repeatable`,
        span: ref.span,
      });
    }
    return reports;
  },
});
