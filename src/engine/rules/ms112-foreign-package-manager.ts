import type { RuleReport } from '../rule';
import { foreignPackageManagers, rootImage } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity, firstPerRun } from './util';

/**
 * `apt-get` on an Alpine image, `apk` on a Debian one: the shell finds no such program and the
 * build fails. Its teaching: content/rules/MS112.md.
 */
export default defineRule({
  id: 'MS112',
  name: 'foreign-package-manager',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { install, has } of firstPerRun(foreignPackageManagers(model, stage), (f) => f.install.command)) {
        const image = rootImage(model, stage)!;
        reports.push({
          message: `'${install.command.argv.slice(0, 2).join(' ')}' runs in ${stageName(stage)}, built on '${image.resolved}', which has no ${install.manager}: the shell stops with "${install.manager}: not found" and the build fails. That image installs packages with ${has}`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(install.command.instruction),
        });
      }
    }
    return reports;
  },
});
