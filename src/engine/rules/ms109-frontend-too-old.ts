import type { RuleReport } from '../rule';
import { leadingDirectives, syntaxFrontend } from '../directives';
import { featureTooNew, frontendFeatures } from '../facts/frontend';
import { defineRule } from './util';

/**
 * `# syntax=docker/dockerfile:1.2` pins a frontend release older than a feature the file uses
 * (a heredoc, COPY --link): that frontend cannot parse the file and the build fails.
 * Its teaching: content/rules/MS109.md.
 */
export default defineRule({
  id: 'MS109',
  name: 'frontend-too-old',
  severity: 'error',
  fixable: false,
  check({ model }) {
    const syntax = leadingDirectives(model.lines).find((d) => d.name === 'syntax');
    const pinned = syntax ? syntaxFrontend(syntax.value).pinned : null;
    if (!syntax || !pinned) return [];
    const feature = featureTooNew(frontendFeatures(model), pinned);
    if (!feature) return [];
    const since = pinned.channel === 'stable' ? feature.stable : feature.labs;
    const release =
      since !== null ? `, which came in 1.${since}${pinned.channel === 'labs' ? '-labs' : ''}` : ', which this release does not have';
    const report: RuleReport = {
      message: `the syntax directive pins '${syntaxFrontend(syntax.value).ref}', older than this file needs: it uses ${feature.what}${release}, so that frontend rejects the file and the build fails. Write '# syntax=docker/dockerfile:1' (the newest 1.x release)`,
      span: { start: { line: syntax.line, column: syntax.column }, end: { line: syntax.line, column: syntax.endColumn } },
    };
    return [report];
  },
});
