import type { RuleReport } from '../rule';
import { isAbsolutePath } from '../vars';
import { effectiveWorkdir } from '../facts/paths';
import { sourceSpan, WHOLE_STAGE_SOURCES as WHOLE } from '../facts/copies';
import { referencedStage } from '../facts/stages';
import { defineRule } from './util';
import { stageName } from './util';

export default defineRule({
  id: 'MS022',
  name: 'relative-copy-from-path',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const copy of stage.copies) {
        const source = copy.from && !copy.inline ? referencedStage(model, copy.from) : null;
        if (!source) continue;
        const workdir = effectiveWorkdir(model, source);
        if (workdir === '/' || workdir === '') continue;
        for (const path of copy.sources) {
          if (isAbsolutePath(path) || path.startsWith('$') || WHOLE.has(path)) continue;
          const fromRoot = `/${path.replace(/^(\.\/)+/, '')}`;
          const dir = workdir.replace(/\/+$/, '');
          // `build/target/x` after WORKDIR /build already lands inside the WORKDIR: written on purpose.
          if (fromRoot === dir || fromRoot.startsWith(`${dir}/`)) continue;
          const meant = `${dir}/${path.replace(/^(\.\/)+/, '')}`;
          reports.push({
            message: `'${path}' is read from the root of ${stageName(source)} (as '/${path.replace(/^(\.\/)+/, '')}'), not from its WORKDIR ${workdir}: write '${meant}' if that is what you meant`,
            span: sourceSpan(copy, path),
          });
        }
      }
    }
    return reports;
  },
});
