// Whether a stage has a shell for RUN and shell-form CMD/ENTRYPOINT: the base image's, unless
// the file put one in place or chose another with SHELL.
import type { Instruction, Stage, StageModel } from '../types';
import { baseClass } from './images';
import { chain } from './stages';
import { copiesInto } from './copies';
import { isWithin } from './paths';

/** Where a copied file could be the shell (/bin/sh, /usr/bin/sh, busybox), or a whole root filesystem. */
const MAY_HOLD_SHELL = ['/bin', '/usr', '/busybox'];

/**
 * The stage has provably no /bin/sh at `at` (at its end when null): its base has none (the image
 * table's noShell), no SHELL instruction of its chain before `at` names another shell, and nothing
 * copied before `at` could be one (a copy to /, /bin, /usr or /busybox, or one whose destination
 * holds a variable); any ADD before it counts as a possible shell (it unpacks archives).
 */
export function lacksShell(model: StageModel, stage: Stage, at: Instruction | null = null): boolean {
  if (!baseClass(model, stage)?.noShell) return false;
  const instructions = [...chain(model, stage)].reverse().flatMap((s) => s.instructions);
  const end = at === null ? instructions.length : instructions.indexOf(at);
  const before = new Set(instructions.slice(0, end < 0 ? instructions.length : end));
  for (const instruction of before) if (instruction.keyword === 'SHELL' || instruction.keyword === 'ADD') return false;
  for (const copy of copiesInto(model, stage)) {
    if (!before.has(copy.copy.instruction)) continue;
    if (copy.dest === '/' || copy.dest.includes('$') || isWithin(copy.dest, MAY_HOLD_SHELL)) return false;
  }
  return true;
}
