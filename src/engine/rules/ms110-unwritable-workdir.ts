import type { RuleReport } from '../rule';
import { unwritableWrites } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity } from './util';

/**
 * A RUN as a non-root user writes into a WORKDIR folder that was made while the stage ran as
 * root: the user may not write there and the build fails. Its teaching: content/rules/MS110.md.
 */
export default defineRule({
  id: 'MS110',
  name: 'unwritable-workdir',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { command, user, folder, madeBy, made } of unwritableWrites(model, stage)) {
        const line = madeBy.span.start.line;
        const maker = model.stages.find((s) => s.instructions.includes(madeBy)) ?? stage;
        const whose =
          made === 'system'
            ? `${folder} (the WORKDIR on line ${line}) is a system folder of the base image, root's`
            : made === 'run'
              ? `the RUN on line ${line} made ${folder} while ${stageName(maker)} still ran as root, so it is root's`
              : `WORKDIR on line ${line} made ${folder} while ${stageName(maker)} still ran as root, so it is root's`;
        const fix =
          made === 'system'
            ? `Work in a folder of the user's own (USER before a WORKDIR to a new folder such as /app makes it theirs)`
            : made === 'run'
              ? 'Install while still root (before the USER line)'
              : 'Put the USER line before that WORKDIR (BuildKit makes the folder as the user in force)';
        reports.push({
          message: `'${command.argv.slice(0, 2).join(' ')}' writes into ${folder} as '${user}', but ${whose}: the build fails with a permission error (EACCES). ${fix}, or give the folder to the user first (RUN chown ${user} ${folder} before the USER line, or COPY --chown)`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
