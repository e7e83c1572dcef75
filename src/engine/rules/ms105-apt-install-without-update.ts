import type { RuleReport } from '../rule';
import { installsWithoutLists } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity, firstPerRun } from './util';

/**
 * `apt-get install` where the package lists are empty (no `apt-get update` before it in the
 * chain, or the lists removed since): "Unable to locate package", and the build fails. Its
 * teaching: content/rules/MS105.md.
 */
export default defineRule({
  id: 'MS105',
  name: 'apt-install-without-update',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { command } of firstPerRun(installsWithoutLists(model, stage), (i) => i.command)) {
        reports.push({
          message: `'${command.argv.slice(0, 2).join(' ')}' in ${stageName(stage)} runs with empty package lists (the image ships none, and no 'apt-get update' ran before it, or the lists were removed since): apt cannot find a package the image does not already have, and the build fails. Run 'apt-get update &&' in the same RUN`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
