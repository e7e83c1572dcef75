import type { Instruction, Stage } from '../types';
import { nodeModulesAt } from '../facts/dependencies';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS013',
  name: 'dev-dependencies-in-final',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final || !model.stages.some((s) => s.dependencyInstalls.some((d) => d.includesDev))) return [];
    const fact = nodeModulesAt(model, final);
    if (fact.state !== 'development' || !fact.by) return [];
    const at = fact.by;
    const holder = model.stages[at.stage] ?? final;
    const what =
      at.keyword === 'RUN'
        ? devInstall(holder, at)
        : `COPY --from=${holder.copies.find((c) => c.instruction === at)?.from?.raw ?? '?'} ${holder.copies.find((c) => c.instruction === at)?.sources.join(' ') ?? ''}`;
    return [
      {
        span: headSpan(at),
        message:
          at.keyword === 'RUN'
            ? `'${what}'${where(holder, final)} installs the devDependencies package.json lists (if any) into the shipped stage: add --omit=dev (or --production/--prod, or NODE_ENV=production) or run 'npm prune --omit=dev' afterwards`
            : `'${what.trim()}'${where(holder, final)} copies node_modules with the devDependencies package.json lists (if any) into the shipped stage: copy it from a stage that ran the install with --omit=dev`,
      },
    ];
  },
});

function where(stage: Stage, final: Stage): string {
  return stage === final ? '' : ` (in ${stageName(stage)}, which the shipped stage builds on)`;
}

/** The dev-including install command of a RUN, as written. */
function devInstall(stage: Stage, run: Instruction): string {
  const install = stage.dependencyInstalls.find((d) => d.command.instruction === run && d.includesDev);
  return (install ?? stage.dependencyInstalls.find((d) => d.command.instruction === run))?.command.argv.join(' ') ?? run.text;
}
