import type { RuleReport } from '../rule';
import { rootCommandsAsNonRoot } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity } from './util';

/**
 * A RUN that installs packages or manages users after a USER that is not root:
 * the command lacks the permission and the build fails. Its teaching: content/rules/MS103.md.
 */
export default defineRule({
  id: 'MS103',
  name: 'root-command-as-user',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      const severity = buildFailureSeverity(shipped, stage);
      const seen = new Set<unknown>();
      for (const { command, user } of rootCommandsAsNonRoot(model, stage)) {
        if (seen.has(command.instruction)) continue;
        seen.add(command.instruction);
        reports.push({
          message: `'${command.argv.slice(0, 2).join(' ')}' needs root, but this RUN of ${stageName(stage)} runs as ${user.includes(' ') ? user : `'${user}'`}: the build fails with a permission error. Run it before the USER line, or switch with USER root and back`,
          ...severity,
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
