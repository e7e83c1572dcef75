// Dependency installs and what they need (a lockfile or requirements file copied before them),
// and where node_modules come from and whether they hold devDependencies.
import type { CopyStep, DependencyInstall, Instruction, Stage, StageModel } from '../types';
import { prunesDev } from '../classify';
import { chain, referencedStage } from './stages';
import { commandDir, fromRoot, isWithin, resolvePath, workdirAt } from './paths';
import { once, perStage } from './memo';

export interface DependencyFact {
  install: DependencyInstall;
  stage: Stage;
  /** Files it cannot run without (one of each inner list): `package-lock.json` for `npm ci`. */
  needs: string[][];
  /** Needed files not copied (or bind-mounted) from the context before it; empty when all are there. */
  missing: string[][];
}

const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '/', '/.']);

/** Files an install cannot run without, as alternatives. */
function needsOf(install: DependencyInstall): string[][] {
  const argv = install.command.argv;
  switch (install.tool) {
    case 'npm':
      return argv[1] === 'ci' || argv[1] === 'clean-install' ? [['package.json'], ['package-lock.json', 'npm-shrinkwrap.json']] : [['package.json']];
    case 'yarn':
      return argv.includes('--frozen-lockfile') || argv.includes('--immutable') ? [['package.json'], ['yarn.lock']] : [['package.json']];
    case 'pnpm':
      return argv.includes('--frozen-lockfile') ? [['package.json'], ['pnpm-lock.yaml']] : [['package.json']];
    case 'pip': {
      const files: string[][] = [];
      for (let i = 0; i < argv.length; i++) {
        const w = argv[i]!;
        const file = w === '-r' || w === '--requirement' ? argv[i + 1] : w.startsWith('--requirement=') ? w.slice(14) : w.startsWith('-r') && w.length > 2 ? w.slice(2) : undefined;
        if (file && !file.includes('$') && !file.startsWith('/')) files.push([file]);
      }
      return files;
    }
    case 'go':
      return [['go.mod']];
    case 'poetry':
      return [['pyproject.toml']];
    case 'bundle':
      return [['Gemfile']];
    case 'composer':
      return [['composer.json']];
    case 'cargo':
      return [['Cargo.toml']];
    default:
      return [];
  }
}

/** Dependency installs of the stage itself, with what each needs and lacks. */
export function dependencyInstalls(model: StageModel, stage: Stage): DependencyFact[] {
  return perStage(model, stage, 'dependencyInstalls', () =>
    stage.dependencyInstalls.map((install) => {
      const needs = needsOf(install);
      const dir = commandDir(model, stage, install.command);
      const missing = needs.filter((alternatives) => !alternatives.some((file) => providedBefore(model, stage, install.command.instruction, resolvePath(dir, file))));
      return { install, stage, needs, missing };
    }),
  );
}

/** Every dependency install of the file. */
export function allDependencyInstalls(model: StageModel): DependencyFact[] {
  return once(model, 'allDependencyInstalls', () => model.stages.flatMap((s) => dependencyInstalls(model, s)));
}

/** A file at `path` was copied from the build context (or bind-mounted into the RUN) before `at`. */
function providedBefore(model: StageModel, stage: Stage, at: Instruction, path: string): boolean {
  for (const flag of at.flags) {
    if (flag.name !== 'mount' || !flag.value || /(^|,)\s*from=/i.test(flag.value) || !/type=bind/i.test(flag.value)) continue;
    const source = /(?:^|,)\s*(?:source|src)=([^,]+)/i.exec(flag.value)?.[1];
    const target = /(?:^|,)\s*(?:target|dst|destination)=([^,]+)/i.exec(flag.value)?.[1];
    if (!source || WHOLE_CONTEXT.has(source)) return true;
    if (target && resolvePath(workdirAt(model, stage, at), target) === path) return true;
    if (source.split('/').pop() === path.split('/').pop()) return true;
  }
  for (const s of chain(model, stage)) {
    for (const copy of s.copies) {
      if (s === stage && copy.instruction.span.start.line >= at.span.start.line) break;
      if (copy.from !== null || copy.inline) continue;
      if (copyLands(model, s, copy, path)) return true;
    }
  }
  return false;
}

/** A context copy puts a file at `path` (the whole context lands under its destination). */
function copyLands(model: StageModel, stage: Stage, copy: CopyStep, path: string): boolean {
  const dest = resolvePath(workdirAt(model, stage, copy.instruction), copy.dest);
  const name = path.slice(path.lastIndexOf('/') + 1);
  return copy.sources.some((source) => {
    if (source.includes('$')) return true;
    if (WHOLE_CONTEXT.has(source.trim())) return isWithin(path, [dest]);
    const base = source.replace(/\/+$/, '').split('/').pop()!;
    if (base.includes('*') || base.includes('?') || base.includes('[')) return globMatch(base, name) && (path === `${dest}/${name}` || path === dest);
    // `COPY package.json ./` lands at dest/name; `COPY package.json /app/package.json` at dest.
    return (base === name && (path === `${dest}/${name}` || path === dest)) || (copy.sources.length === 1 && dest === path && !copy.dest.endsWith('/'));
  });
}

function globMatch(glob: string, name: string): boolean {
  return new RegExp(`^${glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(name);
}

export type NodeModules = 'none' | 'development' | 'production';

export interface NodeModulesFact {
  state: NodeModules;
  /** The instruction that last set it (an install, a prune, a copy), or null. */
  at: Instruction | null;
  /** The stage whose install it comes from. */
  from: Stage | null;
}

const JS_TOOLS = new Set(['npm', 'yarn', 'pnpm']);

/**
 * Whether a stage's node_modules (at its end) hold devDependencies: installs, prunes and copies of
 * node_modules in file order down the chain; a copy takes the state of the stage it comes from.
 */
export function nodeModules(model: StageModel, stage: Stage): NodeModulesFact {
  // Stages only read earlier ones: computed in file order, in a loop (no recursion on chain depth).
  return once(model, 'nodeModules', () => {
    const facts: NodeModulesFact[] = [];
    for (const s of model.stages) facts.push(nodeModulesOf(model, s, facts));
    return facts;
  })[stage.index]!;
}

function nodeModulesOf(model: StageModel, stage: Stage, known: NodeModulesFact[]): NodeModulesFact {
  {
    const parent = stage.parent !== null && stage.parent < stage.index ? known[stage.parent]! : null;
    let fact: NodeModulesFact = parent ?? { state: 'none', at: null, from: null };
    const copies = new Map(stage.copies.map((c) => [c.instruction, c]));
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'RUN') {
        for (const command of stage.commands) {
          if (command.instruction !== instruction) continue;
          const install = stage.dependencyInstalls.find((d) => d.command === command);
          if (install && JS_TOOLS.has(install.tool)) fact = { state: install.includesDev ? 'development' : 'production', at: instruction, from: stage };
          else if (prunesDev(command.program, command.argv) && fact.state === 'development') fact = { state: 'production', at: instruction, from: stage };
        }
      }
      const copy = copies.get(instruction);
      const source = copy?.from ? referencedStage(model, copy.from) : null;
      if (!copy || !source) continue;
      const theirs = known[source.index]!;
      if (theirs.state !== 'none' && carriesNodeModules(model, source, copy.sources)) fact = { ...theirs, at: instruction };
    }
    return fact;
  }
}

/** A copy from `source` brings node_modules along: it names them, or copies a folder that holds the install. */
export function carriesNodeModules(model: StageModel, source: Stage, sources: string[]): boolean {
  const dirs = installDirs(model, source);
  return sources.some((s) => {
    const path = fromRoot(s);
    if (/(^|\/)node_modules(\/\*?)?$/.test(s.replace(/\/\.$/, ''))) return true;
    return dirs.some((dir) => isWithin(dir, [path]));
  });
}

/** Directories where JS installs ran in the stage's chain. */
function installDirs(model: StageModel, stage: Stage): string[] {
  return perStage(model, stage, 'installDirs', () =>
    chain(model, stage).flatMap((s) => s.dependencyInstalls.filter((d) => JS_TOOLS.has(d.tool)).map((d) => commandDir(model, s, d.command))),
  );
}
