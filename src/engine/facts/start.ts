// What a stage runs when a container starts: ENTRYPOINT then CMD, through its chain.
import { posix } from 'node:path';
import { chain } from './stages';
import { effectiveWorkdir, isWithin } from './paths';
import type { Stage, StageModel } from '../types';

export function startCommand(model: StageModel, stage: Stage): string[] {
  const stages = chain(model, stage);
  const entrypoint = stages.find((s) => s.entrypoint)?.entrypoint ?? [];
  const cmd = stages.find((s) => s.cmd)?.cmd ?? [];
  return [...entrypoint, ...cmd];
}

/** Does the start command run one of `paths` (a file a copy put there, or something inside a folder it did)? */
export function startCommandRuns(model: StageModel, stage: Stage, paths: string[]): boolean {
  const workdir = effectiveWorkdir(model, stage);
  return startCommand(model, stage).some((word) => runsPath(word, workdir, paths));
}

/** `./server`, `dist/main.js`, `/app/app.jar` or a bare `server` that a copy put in place. */
function runsPath(word: string, workdir: string, landed: string[]): boolean {
  if (word.startsWith('-') && !word.includes('=')) return false;
  // `-javaagent:/x.jar` or `--app=/x`: the path after the option.
  const value = word.replace(/^-[^=:]*[=:]/, '');
  if (value === '') return false;
  if (value.includes('/') || /\.[a-z]+$/i.test(value)) {
    const path = posix.normalize(posix.isAbsolute(value) ? value : posix.join(workdir, value));
    return isWithin(path, landed);
  }
  return landed.some((p) => posix.basename(p) === value);
}
