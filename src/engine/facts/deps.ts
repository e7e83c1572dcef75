// Dependency installs and what they need (a lockfile or requirements file copied before them),
// and where node_modules come from and whether they hold devDependencies.
import type { Command, CopyStep, DependencyInstall, Instruction, Stage, StageModel } from '../types';
import { prunesDev } from '../classify';
import { chain, referencedStage } from './stages';
import { commandDir, fromRoot, isWithin, resolvePath, workdirAt } from './paths';
import { once, perStage } from './memo';
import { option } from './builds';
import { commandVariable } from './vars';

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
  // `dest/name`, also when dest is the root (`COPY requirements.txt .` with no WORKDIR).
  const inDest = resolvePath(dest, name);
  return copy.sources.some((source) => {
    if (source.includes('$')) return true;
    if (WHOLE_CONTEXT.has(source.trim())) return isWithin(path, [dest]);
    const base = source.replace(/\/+$/, '').split('/').pop()!;
    if (base.includes('*') || base.includes('?') || base.includes('[')) return globMatch(base, name) && (path === inDest || path === dest);
    // `COPY package.json ./` lands at dest/name; `COPY package.json /app/package.json` at dest.
    return (base === name && (path === inDest || path === dest)) || (copy.sources.length === 1 && dest === path && !copy.dest.endsWith('/'));
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

/** The state of node_modules just before `command` of the stage runs (what a build finds there). */
export function nodeModulesBefore(model: StageModel, stage: Stage, command: Command): NodeModulesFact {
  nodeModules(model, stage);
  return nodeModulesOf(model, stage, once(model, 'nodeModules', () => [] as NodeModulesFact[]), command);
}

function nodeModulesOf(model: StageModel, stage: Stage, known: NodeModulesFact[], until: Command | null = null): NodeModulesFact {
  {
    const parent = stage.parent !== null && stage.parent < stage.index ? known[stage.parent]! : null;
    let fact: NodeModulesFact = parent ?? { state: 'none', at: null, from: null };
    const copies = new Map(stage.copies.map((c) => [c.instruction, c]));
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'RUN') {
        for (const command of stage.commands) {
          if (command.instruction !== instruction) continue;
          if (command === until) return fact;
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

const DEV_PACKAGES = /^(pytest|pytest-[\w-]+|mypy|ruff|black|flake8|pylint|coverage|tox|nox|hypothesis|isort|pre-commit)([<>=~!].*)?$/i;

/** pip installs of development requirements (`-r requirements-dev.txt`, pytest, `.[test]`) in a stage's chain, and the folder each lands in. */
export function pythonDevInstalls(model: StageModel, stage: Stage): { command: Command; into: string }[] {
  return perStage(model, stage, 'pythonDevInstalls', () => {
    const result: { command: Command; into: string }[] = [];
    for (const s of chain(model, stage)) {
      for (const command of s.commands) {
        const args = pipInstallArgs(command);
        if (!args) continue;
        const files = requirementFiles(command.argv);
        const dev = files.some((r) => /(^|[/_.-])(dev|test|tests|testing|lint|ci)([/_.-]|$)/i.test(r)) || args.some((w) => DEV_PACKAGES.test(w) || /\[[^\]]*\b(dev|test|tests)\b[^\]]*\]$/.test(w));
        if (dev) result.push({ command, into: pipTarget(model, s, command) });
      }
    }
    return result;
  });
}

/** Every `-r FILE`, `-rFILE`, `--requirement=FILE`. */
function requirementFiles(argv: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    if ((w === '-r' || w === '--requirement') && argv[i + 1] !== undefined) files.push(argv[++i]!);
    else if (w.startsWith('--requirement=')) files.push(w.slice('--requirement='.length));
    else if (w.startsWith('-r') && w.length > 2 && !w.startsWith('--')) files.push(w.slice(2));
  }
  return files;
}

/** The words after `pip install` (`pip`, `pip3`, `python -m pip`, a virtualenv's own pip, `uv pip`). */
function pipInstallArgs(command: Command): string[] | null {
  const { program, argv } = command;
  if (/^pip[\d.]*$/.test(program) && argv[1] === 'install') return argv.slice(2);
  if (/^python[\d.]*$/.test(program) && argv[1] === '-m' && /^pip[\d.]*$/.test(argv[2] ?? '') && argv[3] === 'install') return argv.slice(4);
  if (program === 'uv' && argv[1] === 'pip' && argv[2] === 'install') return argv.slice(3);
  return null;
}

/** Where pip puts packages: --target/--prefix, the pip's own virtualenv, an activated one, else /usr/local. */
function pipTarget(model: StageModel, stage: Stage, command: Command): string {
  const dir = commandDir(model, stage, command);
  const explicit = option(command.argv, ['--target', '-t', '--prefix', '--root']);
  if (explicit) return resolvePath(dir, explicit);
  if (command.argv.includes('--user')) return '/root/.local';
  const own = /^(.*)\/bin\/(pip|python)[\d.]*$/.exec(command.argv[0]!);
  if (own && own[1] !== '/usr' && own[1] !== '/usr/local') return resolvePath(dir, own[1]!);
  const venv = commandVariable(model, stage, command, 'VIRTUAL_ENV');
  if (venv && !venv.includes('$')) return resolvePath(dir, venv);
  const activated = stage.commands.find((c) => c.instruction === command.instruction && (c.program === '.' || c.program === 'source') && /\/bin\/activate$/.test(c.argv[1] ?? ''));
  if (activated) return resolvePath(dir, activated.argv[1]!.replace(/\/bin\/activate$/, ''));
  const first = (commandVariable(model, stage, command, 'PATH') ?? '').split(':')[0] ?? '';
  if (/\/bin$/.test(first) && !['/usr/local/bin', '/usr/bin', '/bin'].includes(first)) return resolvePath(dir, first.replace(/\/bin$/, ''));
  return '/usr/local';
}
