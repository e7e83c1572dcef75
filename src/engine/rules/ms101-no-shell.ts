import type { RuleReport } from '../rule';
import type { Instruction, Stage, StageModel } from '../types';
import { baseClass, lacksShell, rootImage, startInstruction } from '../facts';
import { isShellProgram } from '../shell';
import { defineRule, headSpan, stageName, buildFailureSeverity } from './util';

/**
 * A stage with no shell (scratch, distroless, .NET chiseled …) cannot RUN a shell command: the
 * build fails. A shell-form CMD or ENTRYPOINT there builds, but the container does not start.
 * Its teaching: content/rules/MS101.md.
 */
export default defineRule({
  id: 'MS101',
  name: 'no-shell-in-stage',
  severity: 'error',
  fixable: false,
  check({ model, final, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      const severity = buildFailureSeverity(shipped, stage);
      // Most bases have a shell: one cached look at the image before any RUN is read.
      if (!baseClass(model, stage)?.noShell) continue;
      for (const run of stage.instructions) {
        if (run.keyword !== 'RUN' || !usesShell(run) || !lacksShell(model, stage, run)) continue;
        reports.push({
          message: `${formOf(run)} RUN runs ${run.json === null ? '/bin/sh' : run.json[0]}, but ${stageName(stage)} starts from ${baseText(model, stage)}, which has no shell: the build fails here. Run it in a stage with a shell and COPY the result in`,
          ...severity,
          span: headSpan(run),
        });
      }
    }
    if (final && baseClass(model, final)?.noShell) {
      const start = startInstruction(model, final);
      if (start && usesShell(start) && lacksShell(model, final)) {
        reports.push({
          message: `shell-form ${start.keyword} runs /bin/sh -c, which ${baseText(model, final)} does not have: the image builds but the container cannot start. Write it in exec form, ${start.keyword} ["/path/to/program", "arg"]`,
          severity: 'warning',
          span: headSpan(start),
        });
      }
    }
    return reports;
  },
});

// Shell form (`RUN make`, `CMD app --flag`) runs `/bin/sh -c`; so does an exec form naming a shell
// where images keep it (bare, /bin, /usr/bin). `["/busybox/sh"]` names the distroless debug shell.
function usesShell(instruction: Instruction): boolean {
  if (instruction.json === null) return true;
  const program = instruction.json[0] ?? '';
  return isShellProgram(program) && /^((\/usr)?\/bin\/)?[a-z]+$/.test(program);
}

function formOf(run: Instruction): string {
  return run.json === null ? 'this shell-form' : `this exec-form (${run.json[0]})`;
}

function baseText(model: StageModel, stage: Stage): string {
  const image = rootImage(model, stage);
  return image ? `'${image.resolved}'` : 'scratch';
}
