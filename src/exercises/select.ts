// Finding stages by what they do (build, test, install, copy), and the facts goals read off
// a stage through its chain: what it copies from where, where copied files land, what it runs.
import { posix } from 'node:path';
import { chain, effectiveWorkdir } from '../engine/query';
import { installedInStage } from '../engine/facts';
import type { Command, CopyStep, Stage, StageModel } from '../engine/types';
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
    const installed = new Set(installedInStage(model, stage).map((p) => p.pkg));
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

export interface StageCopy {
  copy: CopyStep;
  /** The stage copied from (named references only: an index reference is what MS003 forbids). */
  source: Stage;
  /** The stage that holds the COPY (the stage itself or one in its chain). */
  into: Stage;
}

/** COPY --from=<stage> steps of a stage and the stages it is written FROM. */
export function stageCopies(model: StageModel, stage: Stage): StageCopy[] {
  const result: StageCopy[] = [];
  for (const into of chain(model, stage)) {
    for (const copy of into.copies) {
      const target = copy.from?.target;
      if (target?.kind === 'stage') result.push({ copy, source: model.stages[target.stage]!, into });
    }
  }
  return result;
}

const WHOLE_FILESYSTEM = new Set(['/', '/.', '/*', '.', './', './*', '*']);

export function copiesWholeFilesystem(copy: CopyStep): boolean {
  return copy.sources.some((s) => WHOLE_FILESYSTEM.has(s.trim()));
}

/** With --from, sources start at the other stage's root, whatever its WORKDIR. */
export function sourcePath(source: string): string {
  return posix.normalize(posix.join('/', source)).replace(/\/$/, '') || '/';
}

/** Where a copy's files may land: the destination itself, and destination/basename of each source. */
export function landingPaths(model: StageModel, step: StageCopy): string[] {
  const { copy, into } = step;
  const workdir = workdirBefore(model, into, copy.instruction.span.start.line);
  const dest = posix.normalize(posix.isAbsolute(copy.dest) ? copy.dest : posix.join(workdir, copy.dest));
  const base = dest.replace(/\/$/, '') || '/';
  const paths = [base];
  for (const source of copy.sources) {
    const name = posix.basename(source.replace(/\/$/, ''));
    if (name && !name.includes('*')) paths.push(posix.join(base, name));
  }
  return paths;
}

/** The WORKDIR in force at a line of a stage: its own last WORKDIR before the line, else the chain's. */
function workdirBefore(model: StageModel, stage: Stage, line: number): string {
  let dir: string | null = null;
  for (const instruction of stage.instructions) {
    if (instruction.span.start.line >= line) break;
    if (instruction.keyword !== 'WORKDIR') continue;
    const value = instruction.args.map((a) => a.value).join(' ');
    dir = posix.isAbsolute(value) ? value : posix.join(dir ?? parentWorkdir(model, stage), value);
  }
  return dir ?? parentWorkdir(model, stage);
}

function parentWorkdir(model: StageModel, stage: Stage): string {
  return stage.parent !== null && stage.parent < stage.index ? effectiveWorkdir(model, model.stages[stage.parent]!) : '/';
}

/** ENTRYPOINT then CMD in force for a stage, looking through its chain. */
export function startCommand(model: StageModel, stage: Stage): string[] {
  const stages = chain(model, stage);
  const entrypoint = stages.find((s) => s.entrypoint)?.entrypoint ?? [];
  const cmd = stages.find((s) => s.cmd)?.cmd ?? [];
  return [...entrypoint, ...cmd];
}

/** Is `path` one of `roots` or inside one of them? */
export function isWithin(path: string, roots: Iterable<string>): boolean {
  for (const root of roots) {
    if (path === root || path.startsWith(root === '/' ? '/' : root + '/')) return true;
  }
  return false;
}
