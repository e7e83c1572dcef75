import type { RuleReport } from '../rule';
import { pipUserInVenv } from '../facts';
import { defineRule, headSpan, buildFailureSeverity } from './util';

/**
 * `pip install --user` with a virtualenv's pip: pip refuses it and the build fails. Its teaching:
 * content/rules/MS114.md.
 */
export default defineRule({
  id: 'MS114',
  name: 'pip-user-in-venv',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const { command, venv } of pipUserInVenv(model, stage)) {
        reports.push({
          message: `this '${command.argv.slice(0, 2).join(' ')} --user' runs the pip of the virtualenv ${venv}, and pip refuses a user install there ("Can not perform a '--user' install. User site-packages are not visible in this virtualenv."): the build fails. Drop --user, since the virtualenv is already the app's own`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
