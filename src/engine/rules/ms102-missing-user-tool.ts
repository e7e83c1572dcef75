import type { RuleReport } from '../rule';
import { baseClass, missingUserTools, rootImage } from '../facts';
import { isUbuntuImage } from '../images';
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

// Debian's adduser front ends, and the useradd/groupadd call each stands for.
const SHADOW_NAME: Record<string, string> = {
  adduser: "useradd (e.g. 'useradd --create-home app')",
  addgroup: 'groupadd',
  deluser: 'userdel',
  delgroup: 'groupdel',
};

/**
 * `useradd` and friends on an Alpine (BusyBox) base without `apk add shadow`, or `adduser` on
 * Debian 13 (trixie), Ubuntu 24.04 and later without the adduser package: not found, so the build fails.
 * Its teaching: content/rules/MS102.md.
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
        const base = image ? `'${image.resolved}'` : 'this base';
        const message = baseClass(model, stage)?.busyboxUserTools
          ? `'${command.program}' does not exist on ${base} (BusyBox makes users with ${Object.hasOwn(BUSYBOX_NAME, command.program) ? BUSYBOX_NAME[command.program] : 'adduser'}), so this RUN of ${stageName(stage)} fails: use the BusyBox command or 'apk add --no-cache shadow' first`
          : `'${command.program}' does not exist on ${base}: ${image && isUbuntuImage(image.name) ? 'Ubuntu 24.04' : 'Debian 13 (trixie)'} and later leave the adduser package out of the image, so this RUN of ${stageName(stage)} fails: use ${Object.hasOwn(SHADOW_NAME, command.program) ? SHADOW_NAME[command.program] : 'useradd'}, or 'apt-get install -y adduser' first`;
        reports.push({ message, ...severity, span: headSpan(command.instruction) });
      }
    }
    return reports;
  },
});
