import type { RuleReport } from '../rule';
import { xxHelpersMissing } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity, firstPerRun } from './util';

/**
 * A RUN uses tonistiigi/xx's helpers (xx-go, xx-cargo, xx-apk …) in a stage that never copied them
 * in: the shell does not find them and the build fails. Its teaching: content/rules/MS115.md.
 */
export default defineRule({
  id: 'MS115',
  name: 'xx-not-copied',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const command of firstPerRun(xxHelpersMissing(model, stage), (c) => c)) {
        reports.push({
          message: `'${command.program}' is one of tonistiigi/xx's helpers, but ${stageName(stage)} never copies them in: the shell stops with "${command.program}: not found" and the build fails. Add 'COPY --from=tonistiigi/xx / /' to the stage (or from a stage built on tonistiigi/xx) before this RUN`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(command.instruction),
        });
      }
    }
    return reports;
  },
});
