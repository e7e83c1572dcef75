import type { RuleReport } from '../rule';
import type { Instruction } from '../types';
import { defineRule, headSpan } from './util';

const WHOLE_CONTEXT = new Set(['.', './']);

export default defineRule({
  id: 'MS021',
  name: 'dependencies-after-source',
  severity: 'info',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      const sourceCopy = stage.copies.find((c) => c.from === null && !c.inline && c.sources.some((s) => WHOLE_CONTEXT.has(s)));
      if (!sourceCopy) continue;
      const after = position(sourceCopy.instruction);
      const reported = new Set<Instruction>();
      // The two-step pattern (uv's and poetry's documented one): the dependencies install first,
      // from the manifests alone, then the same tool installs the project after the source.
      const before = new Set(stage.dependencyInstalls.filter((d) => position(d.command.instruction) < after).map((d) => d.tool));
      for (const install of stage.dependencyInstalls) {
        const instruction = install.command.instruction;
        if (position(instruction) <= after || reported.has(instruction) || before.has(install.tool)) continue;
        reported.add(instruction);
        reports.push({
          message: `'${shorten(install.command.argv.join(' '))}' runs after '${sourceCopy.keyword} ${[...sourceCopy.sources, sourceCopy.dest].join(' ')}' (line ${sourceCopy.instruction.span.start.line}), so every source change reinstalls dependencies: copy the manifests and install before copying the source`,
          span: headSpan(instruction),
        });
      }
    }
    return reports;
  },
});

function position(instruction: Instruction): number {
  return instruction.span.start.line;
}

function shorten(command: string): string {
  return command.length <= 60 ? command : `${command.slice(0, 57)}…`;
}
