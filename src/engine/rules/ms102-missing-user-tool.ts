import type { RuleReport } from '../rule';
import { missingUserTools, rootImage } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity } from './util';

// BusyBox's own names for what each shadow-utils program does.
const BUSYBOX_NAME: Record<string, string> = {
  useradd: 'adduser -D',
  groupadd: 'addgroup',
  usermod: 'adduser/addgroup',
  groupmod: 'addgroup and delgroup',
  userdel: 'deluser',
  groupdel: 'delgroup',
};

/**
 * `useradd` and friends on an Alpine (BusyBox) base without `apk add shadow`: not found, so the
 * build fails. Its teaching: content/rules/MS102.md.
 */
export default defineRule({
  id: 'MS102',
  name: 'missing-user-tool',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      const severity = buildFailureSeverity(shipped, stage);
      for (const command of missingUserTools(model, stage)) {
        // A stage's chain is reported once, in the stage whose own RUN has the command.
        if (command.instruction.stage !== stage.index) continue;
        const image = rootImage(model, stage);
        reports.push({
          message: `'${command.program}' does not exist on ${image ? `'${image.resolved}'` : 'this base'} (BusyBox makes users with ${Object.hasOwn(BUSYBOX_NAME, command.program) ? BUSYBOX_NAME[command.program] : 'adduser'}), so this RUN of ${stageName(stage)} fails: use the BusyBox command or 'apk add --no-cache shadow' first`,
          ...severity,
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
