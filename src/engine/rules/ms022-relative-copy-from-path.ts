import type { RuleReport } from '../rule';
import { effectiveWorkdir } from '../query';
import { isAbsolutePath, unquote } from '../vars';
import type { CopyStep, Span } from '../types';
import { defineRule, headSpan, stageName } from './util';
import { WHOLE_STAGE_SOURCES as WHOLE } from './ms010-copy-entire-stage';


export default defineRule({
  id: 'MS022',
  name: 'relative-copy-from-path',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const copy of stage.copies) {
        const target = copy.from?.target;
        if (!target || copy.inline) continue;
        const index = target.kind === 'stage' ? target.stage : target.kind === 'index' ? target.index : null;
        const source = index !== null && index < stage.index ? model.stages[index] : undefined;
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

function sourceSpan(copy: CopyStep, path: string): Span {
  // JSON form words keep their brackets and commas: `["dist",`.
  return copy.instruction.args.find((a) => unquote(a.value.replace(/^\[/, '').replace(/[,\]]+$/, '')) === path)?.span ?? headSpan(copy.instruction);
}
