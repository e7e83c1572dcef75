import type { RuleReport } from '../rule';
import { healthcheckCannotRun } from '../facts';
import { defineRule, headSpan, stageName } from './util';

/**
 * The shipped stage's HEALTHCHECK runs curl or wget, or a shell, that its image does not have:
 * every check fails and the container is reported unhealthy. Its teaching: content/rules/MS113.md.
 */
export default defineRule({
  id: 'MS113',
  name: 'healthcheck-cannot-run',
  severity: 'warning',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    // A stage built FROM another inherits its HEALTHCHECK: one finding per check, for the last stage that ships it.
    const seen = new Set<unknown>();
    for (const stage of [...model.stages].reverse()) {
      if (!shipped.has(stage.index)) continue;
      const found = healthcheckCannotRun(model, stage);
      if (!found || seen.has(found.instruction)) continue;
      seen.add(found.instruction);
      const what = found.shell
        ? `is in shell form, which runs /bin/sh, and ${stageName(stage)} (on '${found.image}') has no shell`
        : `runs ${found.missing}, which ${stageName(stage)} (on '${found.image}') does not have and does not install`;
      reports.push({
        message: `this HEALTHCHECK ${what}: every check fails, so the container is reported unhealthy and may be restarted or taken out of service. ${found.shell ? 'Use the exec form with a program the image has' : found.missing === 'curl' && found.image.includes('alpine') ? "Use BusyBox's wget ('wget -q --spider http://localhost:8080/health'), or install curl" : `Install ${found.missing}, or check with a program the image has (the app's own health command)`}`,
        span: headSpan(found.instruction),
      });
    }
    return reports;
  },
});
