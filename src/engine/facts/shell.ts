// Whether a stage has a shell for RUN and shell-form CMD/ENTRYPOINT: the base image's, unless
// the file put one in place or chose another with SHELL.
import type { Instruction, Stage, StageModel } from '../types';
import { baseClass } from './images';
import { chain } from './stages';
import { copiesInto, type CopyFact } from './copies';
import { isWithin } from './paths';
import { perStage } from './memo';
import { isShellProgram } from '../shell';

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
  // The first instruction after which a shell may be there; a RUN before it has none.
  const from = perStage(model, stage, 'shellMayArrive', () => {
    const instructions = [...chain(model, stage)].reverse().flatMap((s) => s.instructions);
    const copies = new Map(copiesInto(model, stage).map((c) => [c.copy.instruction, c]));
    return instructions.findIndex((i) => {
      if (i.keyword === 'SHELL' || i.keyword === 'ADD') return true;
      const copy = copies.get(i);
      return (
        copy !== undefined && (copy.dest === '/' || copy.dest.includes('$') || isWithin(copy.dest, MAY_HOLD_SHELL)) && !namedFileCopy(copy)
      );
    });
  });
  if (from === -1) return true;
  if (at === null) return false;
  const position = perStage(
    model,
    stage,
    'instructionOrder',
    () =>
      new Map(
        [...chain(model, stage)]
          .reverse()
          .flatMap((s) => s.instructions)
          .map((i, n) => [i, n]),
      ),
  );
  const n = position.get(at);
  return n !== undefined && n <= from;
}

/** `COPY --from=build /usr/local/bin/app /usr/local/bin/app`: one file put at its own name, which is no shell. */
function namedFileCopy(copy: CopyFact): boolean {
  if (copy.copy.sources.length !== 1 || copy.copy.dest.endsWith('/')) return false;
  const source = copy.copy.sources[0]!.replace(/\/+$/, '');
  const name = source.split('/').pop() ?? '';
  return (
    name !== '' &&
    !name.includes('*') &&
    !name.includes('$') &&
    name !== '.' &&
    copy.dest.split('/').pop() === name &&
    !isShellProgram(name) &&
    name !== 'busybox' // holds a shell too
  );
}
