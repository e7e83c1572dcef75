// OS packages a stage holds through its chain. A removal counts only inside the RUN that
// installed the package: a later RUN's purge leaves it in the earlier layer (rules.md, *installed*).
import { packageRemoval } from '../classify';
import { chain } from '../query';
import type { Command, PackageInstall, Stage, StageModel } from '../types';

export interface HeldPackage {
  pkg: string;
  install: PackageInstall;
  stage: Stage;
  /** A removal in a later RUN of the chain that does not make the image smaller, if any. */
  removedLater: Command | null;
}

/** apk `--virtual NAME` / `-t NAME`: packages deleted by the group's name. */
function virtualGroup(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word.startsWith('--virtual=')) return word.slice('--virtual='.length) || null;
    if ((word === '--virtual' || word === '-t') && argv[i + 1]) return argv[i + 1]!;
  }
  return null;
}

/** Does `command` remove `pkg` (by name, or by the apk group it was installed in)? */
function removes(command: Command, pkg: string, install: PackageInstall): boolean {
  const removed = packageRemoval(command.program, command.argv);
  if (removed.length === 0) return false;
  const group = install.manager === 'apk' ? virtualGroup(install.command.argv) : null;
  return removed.some((r) => r === pkg || (group !== null && r === group.toLowerCase()));
}

/** `apt-mark auto '.*'` then `apt-get purge --auto-remove` in the same RUN: the official images' idiom. */
function autoRemovedInRun(stage: Stage, install: PackageInstall): boolean {
  const run = install.command.instruction;
  const same = stage.commands.filter((c) => c.instruction === run);
  const marked = same.some((c) => c.program === 'apt-mark' && c.argv[1] === 'auto');
  return marked && same.some((c) => (c.program === 'apt-get' || c.program === 'apt') && (c.argv.includes('autoremove') || c.argv.includes('--auto-remove')));
}

/** Packages installed in the stage or its chain and not removed in the RUN that installed them. */
export function heldPackages(model: StageModel, stage: Stage): HeldPackage[] {
  const stages = chain(model, stage).reverse();
  const later = stages.flatMap((s) => s.commands);
  const result: HeldPackage[] = [];
  for (const s of stages) {
    for (const install of s.packages) {
      const run = install.command.instruction;
      const after = s.commands.slice(s.commands.indexOf(install.command) + 1).filter((c) => c.instruction === run);
      const autoRemoved = autoRemovedInRun(s, install);
      for (const pkg of install.packages) {
        if (autoRemoved || after.some((c) => removes(c, pkg, install))) continue;
        const removal = later.find((c) => c.instruction.span.start.line > run.span.end.line && removes(c, pkg, install)) ?? null;
        result.push({ pkg, install, stage: s, removedLater: removal });
      }
    }
  }
  return result;
}
