import type { RuleReport } from '../rule';
import { isDebugToolPackage } from '../classify';
import type { Instruction, Stage, StageModel } from '../types';
import { chain } from '../query';
import { installedInStage } from '../facts/packages';
import { defineRule, headSpan, stageName } from './util';

const DEBUG_NAMES = new Set(['debug', 'dev', 'develop', 'test', 'ci']);

export default defineRule({
  id: 'MS020',
  name: 'debug-stage-is-default',
  severity: 'warning',
  fixable: false,
  check({ model, final, target, extraPackages }) {
    if (!final) return [];
    const reports: RuleReport[] = [];
    const debugName = !!final.name && DEBUG_NAMES.has(final.name.toLowerCase());
    // With --target the user picked this stage on purpose; what this rule guards is the plain build.
    if (target !== null && debugName) return reports;
    if (debugName && final.nameSpan) {
      reports.push({
        message: `the last stage is '${final.name}', so a plain 'docker build' ships it instead of the production image: put the production stage last and build '${final.name}' with --target`,
        span: final.nameSpan,
      });
      return reports;
    }
    if (final.parent === null || final.parent >= final.index) return reports;
    const tools = new Map<Instruction, string[]>();
    // A tool the image runs itself (HEALTHCHECK CMD curl …) is a runtime need, not a debugging aid.
    const used = usedAtRuntime(model, final);
    for (const { pkg, install } of installedInStage(model, final)) {
      if (isDebugToolPackage(pkg, extraPackages.debugTools) && !used.has(pkg)) tools.set(install.command.instruction, [...(tools.get(install.command.instruction) ?? []), pkg]);
    }
    for (const [instruction, names] of tools) {
      const advice =
        target === null
          ? "a plain 'docker build' ships them: make it a --target stage and keep the production stage last"
          : `'--target ${target}' ships them: target a stage without debugging tools for production`;
      reports.push({
        message: `the shipped stage ${stageName(final)} builds on another stage and adds debugging tools (${names.join(', ')}), and ${advice}`,
        span: headSpan(instruction),
      });
    }
    return reports;
  },
});

function usedAtRuntime(model: StageModel, stage: Stage): Set<string> {
  const words = new Set<string>();
  for (const s of chain(model, stage)) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'HEALTHCHECK' && instruction.keyword !== 'ENTRYPOINT' && instruction.keyword !== 'CMD') continue;
      for (const word of instruction.json ?? instruction.text.split(/\s+/)) words.add(word.replace(/[[\]",']/g, '').replace(/^.*\//, ''));
    }
  }
  return words;
}
