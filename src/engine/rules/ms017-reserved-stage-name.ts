import type { RuleReport } from '../rule';
import { defineRule } from './util';

/** Names BuildKit gives their own meaning: the empty image and the build context. */
const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  id: 'MS017',
  name: 'reserved-stage-name',
  severity: 'warning',
  summary: 'A stage is named scratch or context, names BuildKit reserves.',
  explanation:
    '`scratch` already means the empty image: `FROM scratch` never refers to a stage, whatever its name. `context` is the name BuildKit gives the build context itself (the one `--build-context` can replace). A stage named either way reads as something it is not, and references to it are ambiguous; BuildKit flags it too (ReservedStageName).',
  bad: `# syntax=docker/dockerfile:1
FROM alpine:3.19 AS context
WORKDIR /assets
COPY static/ ./

FROM nginx:1.27-alpine AS web
COPY --from=context /assets /usr/share/nginx/html
USER nginx
`,
  good: `# syntax=docker/dockerfile:1
FROM alpine:3.19 AS assets
WORKDIR /assets
COPY static/ ./

FROM nginx:1.27-alpine AS web
COPY --from=assets /assets /usr/share/nginx/html
USER nginx
`,
  howToFix: 'Rename the stage to say what it holds (`assets`, `base`, `build`) and update every reference to it.',
  reference: 'from-as',
  equivalents: { buildkit: ['ReservedStageName'] },
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameSpan || !RESERVED.has(stage.name.toLowerCase())) continue;
      reports.push({
        message: `stage name '${stage.name}' is reserved (${stage.name.toLowerCase() === 'scratch' ? 'it means the empty image' : 'it is the name of the build context'}): choose a name that says what the stage holds`,
        span: stage.nameSpan,
      });
    }
    return reports;
  },
});
