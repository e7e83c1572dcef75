import type { RuleReport } from '../rule';
import { useraddGroupClashes } from '../facts';
import { defineRule, headSpan, buildFailureSeverity } from './util';

/**
 * `groupadd app` then `useradd app` without -g: useradd stops because the group it would make
 * exists already, and the build fails. Its teaching: content/rules/MS111.md.
 */
export default defineRule({
  id: 'MS111',
  name: 'useradd-group-exists',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { command, name, groupAdd } of useraddGroupClashes(model, stage)) {
        reports.push({
          message: `'groupadd ${name}' (line ${groupAdd.instruction.span.start.line}) made the group '${name}', and this 'useradd ${name}' tries to make a group of that name again: useradd stops with "group ${name} exists - if you want to add this user to that group, use -g" and the build fails. Add '-g ${name}' to the useradd`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
