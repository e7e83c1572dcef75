// Packages installed in a stage through its chain. A removal counts only inside the same RUN as
// the install: a later RUN leaves the package in the earlier layer (rules.md "installed").
import type { Command, Instruction, PackageInstall, Stage, StageModel } from '../types';
import { isBuildToolPackage } from '../classify';
import { chain } from './stages';
import { perStage } from './memo';
import { commandVariable } from './vars';
import { shellAssignments } from './builds';
import { unquote } from '../vars';

export interface Installed {
  pkg: string;
  install: PackageInstall;
  /** The stage of the chain whose RUN installed it. */
  stage: Stage;
}

/** Packages the stage's own RUNs install and do not remove in that same RUN. */
export function installedInStage(model: StageModel, stage: Stage): Installed[] {
  if (stage.packages.length === 0) return NONE;
  return perStage(model, stage, 'installedInStage', () => {
    const result: Installed[] = [];
    for (const install of stage.packages) {
      const names = packageNames(model, stage, install.command, install.packages);
      const gone = removedInSameRun(model, stage, install, names);
      for (const pkg of names) if (!gone.has(pkg)) result.push({ pkg, install, stage });
    }
    return result;
  });
}

/**
 * The names an install gives: a `$PKGS` word is what the ARG or ENV in force (or the RUN's own
 * assignment) holds, split on blanks, as the shell splits an unquoted variable.
 */
function packageNames(model: StageModel, stage: Stage, command: Command, packages: string[]): string[] {
  if (!packages.some((p) => p.includes('$'))) return packages;
  // Package names are kept lower case; the variable's own spelling is in the command's words.
  const written = new Map(command.argv.map((w) => [w.toLowerCase(), w]));
  return packages.flatMap((p) => {
    const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(written.get(p) ?? p);
    // `buildDeps='g++ make'` earlier in the same RUN, then the ENV/ARG in force.
    const assigned = variable ? shellAssignments(command, variable[1]!).at(-1) : undefined;
    const value = variable
      ? assigned !== undefined
        ? unquote(assigned)
        : commandVariable(model, stage, command, variable[1]!)
      : undefined;
    return value === undefined || value.includes('$')
      ? [p]
      : value
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => w.toLowerCase());
  });
}

/** Packages installed through the chain (the stage and the stages it is written FROM). */
export function installedPackages(model: StageModel, stage: Stage): Installed[] {
  if (stage.parent === null) return installedInStage(model, stage);
  return perStage(model, stage, 'installedPackages', () => chain(model, stage).flatMap((s) => installedInStage(model, s)));
}

// What apt installs along with a package, for the few runtime libraries the exercises ask about:
// Debian's and Ubuntu's ca-certificates Depends on openssl, and openssl on libssl3 (libssl3t64
// from Debian 13 and Ubuntu 24.04), with or without --no-install-recommends.
const APT_BRINGS: Readonly<Record<string, readonly string[]>> = {
  'ca-certificates': ['openssl', 'libssl3', 'libssl3t64'],
  openssl: ['libssl3', 'libssl3t64'],
};

/** The names of the packages installed through the chain, with what apt installs along with them (APT_BRINGS). */
export function presentPackages(model: StageModel, stage: Stage): Set<string> {
  const present = new Set<string>();
  for (const p of installedPackages(model, stage)) {
    present.add(p.pkg);
    if (p.install.manager === 'apt-get' || p.install.manager === 'apt') for (const dep of APT_BRINGS[p.pkg] ?? []) present.add(dep);
  }
  return present;
}

export interface HeldPackage extends Installed {
  /** A removal in a later RUN of the chain, which does not make the image smaller; else null. */
  removedLater: Command | null;
}

/** Packages held through the chain (installedPackages, root stage first), each with a later RUN's removal of it if any. */
export function heldPackages(model: StageModel, stage: Stage): HeldPackage[] {
  return perStage(model, stage, 'heldPackages', () => {
    const stages = chain(model, stage).slice().reverse();
    const removals = stages.flatMap((s) => s.removals);
    return stages.flatMap((s) =>
      installedInStage(model, s).map((p) => {
        const run = p.install.command.instruction;
        const group = p.install.group?.toLowerCase() ?? null;
        const later = removals.find(
          (r) => r.command.instruction.span.start.line > run.span.end.line && r.packages.some((name) => name === p.pkg || name === group),
        );
        return { ...p, removedLater: later?.command ?? null };
      }),
    );
  });
}

/** Build tools (rules.md "build tools", plus a team's `extra` names) installed through the chain. */
export function installedBuildTools(model: StageModel, stage: Stage, extra: readonly string[] = []): Installed[] {
  const installed = installedPackages(model, stage);
  if (installed.length === 0) return NONE;
  // A team's own list is per lint call: not cached on the model.
  if (extra.length > 0) return installed.filter((p) => isBuildToolPackage(p.pkg, extra));
  return perStage(model, stage, 'installedBuildTools', () => installed.filter((p) => isBuildToolPackage(p.pkg)));
}

/** One shared empty answer: most stages install nothing, and lint should not allocate for them. */
const NONE: Installed[] = [];

/** Build tools the stage's own RUNs install and keep. */
export function buildToolsInStage(model: StageModel, stage: Stage, extra: readonly string[] = []): Installed[] {
  return installedInStage(model, stage).filter((p) => isBuildToolPackage(p.pkg, extra));
}

/** RUNs of the stage that install build tools and remove every one of them again (they do not ship). */
export function buildToolsRemovedWhereInstalled(model: StageModel, stage: Stage): Set<Instruction> {
  return perStage(model, stage, 'buildToolsRemovedWhereInstalled', () => {
    const installedTools = new Set<Instruction>();
    const keptTools = new Set<Instruction>();
    for (const install of stage.packages)
      if (packageNames(model, stage, install.command, install.packages).some((pkg) => isBuildToolPackage(pkg)))
        installedTools.add(install.command.instruction);
    for (const p of buildToolsInStage(model, stage)) keptTools.add(p.install.command.instruction);
    return new Set([...installedTools].filter((i) => !keptTools.has(i)));
  });
}

/**
 * A removal later in the command's own RUN that takes everything that RUN installed (`apt-mark
 * auto` then `apt-get purge --auto-remove`), whatever installed it (`mk-build-deps --install`).
 */
export function purgedLaterInRun(stage: Stage, command: Command): boolean {
  const at = stage.commands.indexOf(command);
  return stage.removals.some(
    (r) => r.autoRemove && r.command.instruction === command.instruction && stage.commands.indexOf(r.command) > at,
  );
}

const NOTHING_REMOVED: ReadonlySet<string> = new Set();

/** Names a removal later in the install's own RUN takes away (apk `--virtual` groups and `$VARS` expanded). */
function removedInSameRun(model: StageModel, stage: Stage, install: PackageInstall, names: string[]): ReadonlySet<string> {
  if (stage.removals.length === 0) return NOTHING_REMOVED;
  const gone = new Set<string>();
  const run = install.command.instruction;
  const after = stage.commands.indexOf(install.command);
  for (const removal of stage.removals) {
    if (removal.command.instruction !== run || stage.commands.indexOf(removal.command) < after) continue;
    if (removal.autoRemove) names.forEach((p) => gone.add(p));
    for (const name of packageNames(model, stage, removal.command, removal.packages)) {
      gone.add(name);
      if (install.group !== null && name === install.group.toLowerCase()) names.forEach((p) => gone.add(p));
    }
  }
  return gone;
}

/** A removal of an installed package in a later RUN of the chain (which leaves it in the earlier layer), else null. */
export function removedInLaterRun(model: StageModel, stage: Stage, installed: Installed): Command | null {
  const run = installed.install.command.instruction;
  for (const s of chain(model, stage).slice().reverse()) {
    for (const removal of s.removals) {
      if (removal.command.instruction.span.start.line <= run.span.end.line) continue;
      const group = installed.install.group?.toLowerCase() ?? null;
      if (removal.packages.includes(installed.pkg) || (group !== null && removal.packages.includes(group))) return removal.command;
    }
  }
  return null;
}

export { isBuildToolPackage };
