// Finding stages by what they do (build, test, install), never by name. The facts about a
// stage (what it holds, copies, runs) come from the engine's facts layer.
import { heldPackages } from '../engine/facts';
import { chain } from '../engine/query';
import type { Command, Stage, StageModel } from '../engine/types';
import type { Selector } from './types';

export function isFinal(model: StageModel, stage: Stage): boolean {
  return stage.index === model.stages.length - 1;
}

export function finalStage(model: StageModel): Stage | undefined {
  return model.stages.at(-1);
}

/** `pip wheel` matches a command whose program is pip and whose words include `wheel`, in order. */
export function commandMatches(command: Command, pattern: string): boolean {
  const [program, ...words] = pattern.trim().split(/\s+/);
  if (command.program !== program) return false;
  let at = 1;
  for (const word of words) {
    while (at < command.argv.length && !sameWord(command.argv[at]!, word)) at++;
    if (at >= command.argv.length) return false;
    at++;
  }
  return true;
}

const sameWord = (actual: string, wanted: string) => actual === wanted || actual.startsWith(wanted + ':');

/** Does the stage itself (not its chain) do what the selector asks? */
export function matches(model: StageModel, stage: Stage, selector: Selector): boolean {
  if (selector.final !== undefined && selector.final !== isFinal(model, stage)) return false;
  if (selector.builds && !stage.builds.some((b) => selector.builds!.includes(b.tool))) return false;
  if (selector.installsDeps && !stage.dependencyInstalls.some((d) => selector.installsDeps!.includes(d.tool))) return false;
  if (selector.tests !== undefined && selector.tests !== stage.tests.length > 0) return false;
  if (selector.runs && !stage.commands.some((c) => selector.runs!.some((p) => commandMatches(c, p)))) return false;
  if (selector.installs) {
    const installed = new Set(heldPackages(model, stage).filter((p) => p.stage === stage).map((p) => p.pkg));
    if (!selector.installs.every((p) => installed.has(p))) return false;
  }
  return true;
}

export function stagesMatching(model: StageModel, selector: Selector): Stage[] {
  return model.stages.filter((s) => matches(model, s, selector));
}

/** The stage or a stage it is written FROM matches: it holds what that stage made. */
export function holdsOutputOf(model: StageModel, stage: Stage, selector: Selector): boolean {
  const { final: _ignored, ...rest } = selector;
  return chain(model, stage).some((s) => matches(model, s, rest));
}
