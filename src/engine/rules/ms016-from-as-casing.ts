import type { RuleReport } from '../rule';
import type { Span, StageModel } from '../types';
import { defineRule } from './util';

export default defineRule({
  id: 'MS016',
  name: 'from-as-casing',
  severity: 'info',
  summary: 'Write AS in the same case as FROM.',
  explanation:
    'Dockerfile keywords work in any case, but `FROM node:24 as build` mixes styles in one line, and BuildKit reports it (FromAsCasing). Matching case keeps the file consistent and `docker build --check` quiet.',
  bad: `# syntax=docker/dockerfile:1
FROM python:3.14-slim as build
WORKDIR /app
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.14-slim AS runtime
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
COPY app/ ./app/
USER 10001
CMD ["python", "-m", "app"]
`,
  good: `# syntax=docker/dockerfile:1
FROM python:3.14-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.14-slim AS runtime
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
COPY app/ ./app/
USER 10001
CMD ["python", "-m", "app"]
`,
  howToFix: 'Write `FROM … AS name` or `from … as name`. The automatic fix changes `AS` to match `FROM`.',
  reference: 'from-as',
  equivalents: { buildkit: ['FromAsCasing'] },
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
