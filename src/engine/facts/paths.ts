// Paths inside a stage: the WORKDIR in force, and `cd` within a RUN.
import { posix } from 'node:path';
import type { Command, Instruction, Stage, StageModel } from '../types';
import { chain } from './stages';
import { perStage } from './memo';
import { mountOptions } from '../vars';

/** The WORKDIR in force at the end of a stage, through its chain ('/' when none is set). */
export function effectiveWorkdir(model: StageModel, stage: Stage): string {
  return perStage(model, stage, 'effectiveWorkdir', () => {
    for (const s of chain(model, stage)) if (s.workdir) return s.workdir;
    return '/';
  });
}

/** The WORKDIR in force at a RUN, COPY or ADD of the stage; at its end when `instruction` is null. */
export function workdirAt(model: StageModel, stage: Stage, instruction: Instruction | null): string {
  return (instruction && stage.workdirAt.get(instruction)) ?? effectiveWorkdir(model, stage);
}

/** `path` resolved against `base`, normalised, without a trailing slash ('/' stays). */
export function resolvePath(base: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${base}/${path}`;
  return posix.normalize(joined).replace(/(.)\/$/, '$1');
}

/** A COPY --from source: read from the root of the other stage, whatever its WORKDIR. */
export function fromRoot(source: string): string {
  return resolvePath('/', source);
}

/** Alias of fromRoot (the exercise goals' name for it). */
export const sourcePath = fromRoot;

/** The directory a command runs in: the RUN's WORKDIR, then `cd` commands earlier in the same RUN. */
export function commandDir(model: StageModel, stage: Stage, command: Command): string {
  let dir = workdirAt(model, stage, command.instruction);
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.instruction !== command.instruction || c.program !== 'cd') continue;
    const to = c.argv[1];
    if (to === undefined || to.includes('$') || to === '-') return dir;
    dir = resolvePath(dir, to);
  }
  return dir;
}

/** Is `path` one of `roots` or inside one of them? */
export function isWithin(path: string, roots: Iterable<string>): boolean {
  for (const root of roots) {
    if (path === root || path.startsWith(root === '/' ? '/' : root + '/')) return true;
  }
  return false;
}

/** One `RUN --mount=…`, read once for every reader. */
export interface Mount {
  /** `bind` (BuildKit's default), `cache`, `tmpfs`, `secret` or `ssh`. */
  type: string;
  /** Where it sits, resolved against the RUN's WORKDIR; null when not given or named by a variable. */
  target: string | null;
  /** What a bind mount takes (from the context, or the `from` stage): `.` by default. */
  source: string;
}

const mountsByRun = new WeakMap<Instruction, Mount[]>();

/** The RUN's `--mount` flags: BuildKit's comma-separated `key=value` options. */
export function mountsOf(model: StageModel, stage: Stage, run: Instruction): Mount[] {
  let mounts = mountsByRun.get(run);
  if (mounts) return mounts;
  mounts = [];
  for (const flag of run.flags) {
    if (flag.name !== 'mount' || !flag.value) continue;
    const parts = mountOptions(flag.value);
    const target = parts.get('target') ?? parts.get('dst') ?? parts.get('destination');
    mounts.push({
      type: (parts.get('type') ?? 'bind').toLowerCase(),
      target: target && !target.includes('$') ? resolvePath(workdirAt(model, stage, run), target) : null,
      source: parts.get('source') ?? parts.get('src') ?? '.',
    });
  }
  mountsByRun.set(run, mounts);
  return mounts;
}

/**
 * Folders a RUN mounts a cache or tmpfs over (`--mount=type=cache,target=/out`), resolved
 * against its WORKDIR: what the RUN writes there stays in the cache, never in the image.
 */
export function runScratchMounts(model: StageModel, stage: Stage, run: Instruction): string[] {
  return mountsOf(model, stage, run).flatMap((m) => ((m.type === 'cache' || m.type === 'tmpfs') && m.target ? [m.target] : []));
}
