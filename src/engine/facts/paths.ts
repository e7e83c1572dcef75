// Paths inside images: the WORKDIR in force at an instruction, `--from` sources (which start at
// the other stage's root), and containment.
import { posix } from 'node:path';
import { chain } from '../query';
import type { Command, Instruction, Stage, StageModel } from '../types';
import { expand, unquote } from '../vars';

/** The WORKDIR in force at an instruction of a stage: its own last WORKDIR before it, else the chain's. */
export function workdirAt(model: StageModel, stage: Stage, at: Instruction | null): string {
  let dir: string | null = null;
  for (const instruction of stage.instructions) {
    if (instruction === at) break;
    if (instruction.keyword !== 'WORKDIR') continue;
    const value = expand(unquote(instruction.args.map((a) => a.value).join(' ')), stage.env).value;
    dir = posix.normalize(posix.isAbsolute(value) ? value : posix.join(dir ?? parentWorkdir(model, stage), value));
  }
  return dir ?? parentWorkdir(model, stage);
}

function parentWorkdir(model: StageModel, stage: Stage): string {
  const parent = chain(model, stage)[1];
  return parent ? workdirAt(model, parent, null) : '/';
}

/** With --from, sources start at the other stage's root, whatever its WORKDIR. */
export function sourcePath(source: string): string {
  return posix.normalize(posix.join('/', source)).replace(/\/$/, '') || '/';
}

/** Is `path` one of `roots` or inside one of them? */
export function isWithin(path: string, roots: Iterable<string>): boolean {
  for (const root of roots) {
    if (path === root || path.startsWith(root === '/' ? '/' : root + '/')) return true;
  }
  return false;
}

/** The folder a RUN's command runs in: the WORKDIR, moved by any `cd` earlier in the same RUN. */
export function commandDir(model: StageModel, stage: Stage, command: Command): string {
  let dir = workdirAt(model, stage, command.instruction);
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.instruction !== command.instruction || c.program !== 'cd') continue;
    const to = c.argv[1];
    if (to && !to.includes('$') && to !== '-') dir = posix.normalize(posix.isAbsolute(to) ? to : posix.join(dir, to));
  }
  return dir;
}
