import type { RuleReport } from '../rule';
import { t64OnOlderRelease } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity } from './util';

/**
 * An apt install of a library by its Debian 13 / Ubuntu 24.04 name (`libssl3t64`) on an older
 * release, where that name does not exist: "Unable to locate package", and the build fails.
 * Its teaching: content/rules/MS107.md.
 */
export default defineRule({
  id: 'MS107',
  name: 'package-not-in-release',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { install, pkg, release } of t64OnOlderRelease(model, stage)) {
        reports.push({
          message: `'${pkg}' is the Debian 13 / Ubuntu 24.04 name of the library, but ${stageName(stage)} is built on ${release}, which has no such package: apt stops with "Unable to locate package" and the build fails. Install '${pkg.slice(0, -3)}' there, or build on trixie`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(install.command.instruction),
        });
      }
    }
    return reports;
  },
});
