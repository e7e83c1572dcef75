import { isBuildToolPackage } from '../classify';
import type { Instruction } from '../types';
import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS012',
  name: 'single-stage-build',
  severity: 'warning',
  fixable: false,
  check({ model, extraPackages }) {
    if (model.stages.length !== 1) return [];
    const stage = model.stages[0]!;
    // The first instruction that builds or installs a build tool is where the stage turns into a builder.
    const culprits: { instruction: Instruction; what: string }[] = [
      ...stage.builds.map((b) => ({ instruction: b.command.instruction, what: `runs '${b.command.argv.slice(0, 2).join(' ')}'` })),
      ...stage.packages.flatMap((p) => {
        const tools = p.packages.filter((pkg) => isBuildToolPackage(pkg, extraPackages.buildTools));
        return tools.length > 0 ? [{ instruction: p.command.instruction, what: `installs build tools (${tools.join(', ')})` }] : [];
      }),
    ];
    if (culprits.length === 0) return [];
    const first = culprits.reduce((a, b) => (order(a.instruction) <= order(b.instruction) ? a : b));
    return [
      {
        message: `this single-stage Dockerfile ${first.what}, so the toolchain ships in the image: build in a named stage and copy only the result into a small runtime stage`,
        span: headSpan(first.instruction),
      },
    ];
  },
});

function order(instruction: Instruction): number {
  return instruction.span.start.line * 1e6 + instruction.span.start.column;
}
