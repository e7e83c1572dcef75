import type { Instruction } from '../types';
import { buildsInStage } from '../facts/builds';
import { buildToolsInStage, buildToolsRemovedWhereInstalled, purgedLaterInRun } from '../facts/packages';
import { baseClass } from '../facts/images';
import { commandWords } from '../shell';
import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS012',
  name: 'single-stage-build',
  severity: 'warning',
  fixable: false,
  check({ model, extraPackages }) {
    if (model.stages.length !== 1) return [];
    const stage = model.stages[0]!;
    // Build tools installed, used and removed in one RUN do not ship: that RUN's builds are no finding.
    const cleaned = buildToolsRemovedWhereInstalled(model, stage);
    const kept = new Map<Instruction, string[]>();
    for (const p of buildToolsInStage(model, stage, extraPackages.buildTools))
      kept.set(p.install.command.instruction, [...(kept.get(p.install.command.instruction) ?? []), p.pkg]);
    // The first instruction that builds or installs a build tool is where the stage turns into a builder.
    const culprits: { instruction: Instruction; what: string }[] = [
      ...buildsInStage(model, stage)
        // A RUN that purges all it installed afterwards (`apt-mark auto` + `purge --auto-remove`)
        // leaves no toolchain, unless the base image is one.
        .filter((b) => !cleaned.has(b.command.instruction) && !(purgedLaterInRun(stage, b.command) && !baseClass(model, stage)?.toolchain))
        .map((b) => ({ instruction: b.command.instruction, what: `runs '${commandWords(b.command.argv)}'` })),
      ...[...kept].map(([instruction, tools]) => ({ instruction, what: `installs build tools (${tools.join(', ')})` })),
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
