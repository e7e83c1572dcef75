import type { RuleReport } from '../rule';
import type { Span, StageModel } from '../types';
import { defineRule } from './util';

export default defineRule({
  id: 'MS016',
  name: 'from-as-casing',
  severity: 'info',
  buildkit: ['FromAsCasing'],
  fixable: true,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (!stage.asSpan) continue;
      const from = textAt(model, stage.from.keywordSpan);
      const as = textAt(model, stage.asSpan);
      if (from === null || as === null || as.toLowerCase() !== 'as') continue;
      // As BuildKit: a mixed-case `From` is a different complaint (instruction casing), not this one.
      const wanted = from === from.toUpperCase() ? 'AS' : from === from.toLowerCase() ? 'as' : null;
      if (wanted === null || as === wanted) continue;
      reports.push({
        message: `'${from} … ${as}' mixes keyword cases: write '${wanted}' to match '${from}'`,
        span: stage.asSpan,
        fix: [{ span: stage.asSpan, text: wanted }],
      });
    }
    return reports;
  },
});

/** The source text of a one-line span; null when it crosses lines (a keyword split by a continuation). */
function textAt(model: StageModel, span: Span): string | null {
  if (span.start.line !== span.end.line) return null;
  const line = model.lines[span.start.line - 1];
  return line === undefined ? null : line.slice(span.start.column - 1, span.end.column - 1);
}
