import type { RuleReport } from '../rule';
import { referencedStage } from '../facts/stages';
import { sourceSpan, stageHoldings, stageMayHold, stagesWriting, WHOLE_STAGE_SOURCES } from '../facts/copies';
import { fromRoot } from '../facts/paths';
import { defineRule, stageName } from './util';

export default defineRule({
  id: 'MS025',
  name: 'copy-from-missing-path',
  severity: 'error',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (stage.copies.length === 0) continue;
      for (const copy of stage.copies) {
        const source = copy.from && !copy.inline ? referencedStage(model, copy.from) : null;
        if (!source) continue;
        for (const raw of copy.sources) {
          if (WHOLE_STAGE_SOURCES.has(raw.trim()) || raw.includes('$')) continue;
          const path = fromRoot(raw);
          if (stageMayHold(model, source, path)) continue;
          const holdings = stageHoldings(model, source);
          const held = holdings.complete
            ? holdings.paths
            : holdings.outputs.filter((o) => path.startsWith(`${o.dir}/`)).flatMap((o) => o.artifacts);
          const writers = stagesWriting(model, path, source);
          const heldText = held.length > 0 ? `it holds only ${held.join(', ')}` : 'nothing was copied into it';
          const hint = writers.length === 1 ? `; ${stageName(writers[0]!)} writes ${path}` : '';
          reports.push({
            message: `'${raw}' is not in stage ${stageName(source)}, so the build fails: ${heldText}${hint}`,
            span: sourceSpan(copy, raw),
          });
        }
      }
    }
    return reports;
  },
});
