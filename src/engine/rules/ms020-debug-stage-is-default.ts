import type { RuleReport } from '../rule';
import { isDebugToolPackage } from '../classify';
import type { Instruction, Stage, StageModel } from '../types';
import { chain } from '../query';
import { installedPackages } from '../facts/packages';
import { isExportStage } from '../facts/stages';
import { defineRule, headSpan, stageName } from './util';

/** Words that make a stage name a debug or development stage, alone or joined by - or _ (`dev-envs`, `app-debug`). */
const DEBUG_WORDS = new Set(['debug', 'dev', 'devel', 'develop', 'development', 'test', 'tests', 'testing', 'ci']);

function isDebugName(name: string | null): boolean {
  return (
    name !== null &&
    name
      .toLowerCase()
      .split(/[-_]/)
      .some((word) => DEBUG_WORDS.has(word))
  );
}

export default defineRule({
  id: 'MS020',
  name: 'debug-stage-is-default',
  severity: 'warning',
  fixable: false,
  check({ model, final, target, extraPackages }) {
    if (!final) return [];
    // A FROM scratch stage that runs nothing exports files (`--output`, a coverage report): no
    // image ships in place of the production one.
    if (isExportStage(model, final)) return [];
    const stages = chain(model, final);
    // With --target the user picked this stage on purpose; what this rule guards is the plain build.
    if (target !== null && isDebugName(final.name)) return [];
    const named = stages.find((s) => isDebugName(s.name));
    if (named) {
      if (named === final && final.nameSpan) {
        return [
          {
            message: `the last stage is '${final.name}', so a plain 'docker build' ships it: put the stage meant for production last and build '${final.name}' with --target`,
            span: final.nameSpan,
          },
        ];
      }
      // The stage built FROM the debug-named one: its FROM is where the chain takes it in.
      const child = stages[stages.indexOf(named) - 1];
      if (child) {
        return [
          {
            message: `the shipped stage ${stageName(final)} is built on '${named.name}', a development or debug stage, so a plain 'docker build' ships what that stage holds: build the production stage from a lean base stage`,
            span: child.baseRef.span,
          },
        ];
      }
    }
    // Debugging tools count only where a stage of the file was extended with them, not in the
    // chain's root (the stage that starts from an image), which is the image itself.
    if (stages.length < 2) return [];
    const root = stages.at(-1)!;
    const tools = new Map<Instruction, string[]>();
    // A tool the image runs itself (HEALTHCHECK CMD …) is a runtime need, not a debugging aid.
    const used = usedAtRuntime(model, final);
    for (const { pkg, install, stage } of installedPackages(model, final)) {
      if (stage === root || !isDebugToolPackage(pkg, extraPackages.debugTools) || used.has(pkg)) continue;
      const instruction = install.command.instruction;
      const names = tools.get(instruction) ?? [];
      if (!names.includes(pkg)) names.push(pkg);
      tools.set(instruction, names);
    }
    const reports: RuleReport[] = [];
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
