// Dependency installs: the files each needs in its folder (a lockfile for `npm ci`), where a
// stage's node_modules come from and whether they hold devDependencies at a given point, and
// where pip put development requirements.
import { posix } from 'node:path';
import { prunesDev } from '../classify';
import { chain, referencedStage } from './stages';
import { variableAt } from './vars';
import { once, perStage } from './memo';
import type { Command, DependencyInstall, Instruction, Stage, StageModel } from '../types';
import { optionValue, optionValues } from './builds';
import { commandDir, isWithin, mountsOf, runScratchMounts, sourcePath, workdirAt } from './paths';

/** What an install reads from its working folder: each entry is a list of alternatives. */
export function installInputs(install: DependencyInstall): string[][] {
  const { argv } = install.command;
  switch (install.tool) {
    case 'npm':
      return argv[1] === 'ci' || argv[1] === 'clean-install'
        ? [['package.json'], ['package-lock.json', 'npm-shrinkwrap.json']]
        : [['package.json']];
    case 'yarn':
      return argv.includes('--frozen-lockfile') || argv.includes('--immutable') ? [['package.json'], ['yarn.lock']] : [['package.json']];
    case 'pnpm':
      return argv.includes('--frozen-lockfile') ? [['package.json'], ['pnpm-lock.yaml']] : [['package.json']];
    case 'pip': {
      return optionValues(argv, '-r', '--requirement')
        .filter((file) => !file.includes('$') && !posix.isAbsolute(file))
        .map((file) => [file]);
    }
    case 'go':
      return [['go.mod']];
    default:
      return [];
  }
}

const looksLikeFile = (name: string) => /\.[A-Za-z0-9]+$/.test(name) || /^[A-Z][A-Za-z]+$/.test(name);

function globMatches(pattern: string, name: string): boolean {
  if (!/[*?[]/.test(pattern)) return pattern === name;
  const re = new RegExp(
    '^' +
      pattern
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '.') +
      '$',
  );
  return re.test(name);
}

/** Could a COPY/ADD before the install have put `file` (relative to `dir`) in place? */
function copyProvides(model: StageModel, stage: Stage, copy: Stage['copies'][number], dir: string, file: string): boolean {
  if (copy.inline) return copy.dest !== '' && posix.basename(copy.dest) === posix.basename(file);
  const workdir = workdirAt(model, stage, copy.instruction);
  const dest = posix.normalize(posix.isAbsolute(copy.dest) ? copy.dest : posix.join(workdir, copy.dest));
  const destIsDir = copy.dest.endsWith('/') || copy.dest === '.' || copy.sources.length > 1 || dest === workdir;
  const wanted = posix.normalize(posix.join(dir, file));
  return copy.sources.some((raw) => {
    const source = copy.from ? sourcePath(raw) : posix.normalize(raw);
    const name = posix.basename(source);
    if (raw.endsWith('/') || (!looksLikeFile(name) && !/[*?[]/.test(name))) {
      // A folder (or the whole context): what it holds is unknown, so it may hold the file.
      const landed = destIsDir || !looksLikeFile(posix.basename(dest)) ? dest : posix.dirname(dest);
      // Its contents land under `landed`: a file beside that folder is not among them.
      return isWithin(wanted, [landed.replace(/(.)\/$/, '$1')]);
    }
    if (!globMatches(name, posix.basename(file))) return false;
    const landed = destIsDir ? posix.join(dest, posix.basename(file)) : dest;
    return (
      landed === wanted || (!destIsDir && posix.basename(dest) !== posix.basename(file) && posix.dirname(dest) === posix.dirname(wanted))
    );
  });
}

/** A `RUN --mount=type=bind,source=X,target=Y` on the install's RUN. */
function mountProvides(model: StageModel, stage: Stage, run: Instruction, dir: string, file: string): boolean {
  const wanted = posix.normalize(posix.join(dir, file));
  return mountsOf(model, stage, run).some(
    (m) =>
      m.type === 'bind' &&
      m.target !== null &&
      (m.target === wanted || (!looksLikeFile(posix.basename(m.source)) && isWithin(wanted, [m.target]))),
  );
}

export interface MissingInput {
  install: DependencyInstall;
  /** The file (first alternative) nothing put in the install's folder. */
  file: string;
  folder: string;
}

/** Inputs an install needs that no COPY, ADD or bind mount before it put in its folder. */
export function missingInputs(model: StageModel, stage: Stage): MissingInput[] {
  // chain() is memoised: reverse a copy, never the cached array.
  const stages = chain(model, stage).slice().reverse();
  const missing: MissingInput[] = [];
  for (const install of stage.dependencyInstalls) {
    const run = install.command.instruction;
    // The install's own folder: the WORKDIR, moved by `cd` earlier in the RUN, or npm's --prefix.
    const prefix = install.tool === 'npm' ? optionValue(install.command.argv, '--prefix') : undefined;
    const base = commandDir(model, stage, install.command);
    const dir = prefix && !prefix.includes('$') ? posix.normalize(posix.isAbsolute(prefix) ? prefix : posix.join(base, prefix)) : base;
    const copies = stages.flatMap((s) =>
      s.copies.filter((c) => s !== stage || c.instruction.span.start.line < run.span.start.line).map((c) => ({ s, c })),
    );
    for (const alternatives of installInputs(install)) {
      const provided = alternatives.some(
        (file) => copies.some(({ s, c }) => copyProvides(model, s, c, dir, file)) || mountProvides(model, stage, run, dir, file),
      );
      if (!provided) missing.push({ install, file: alternatives[0]!, folder: dir });
    }
  }
  return missing;
}

export type ModulesState = 'none' | 'development' | 'production';

export interface NodeModules {
  state: ModulesState;
  /** The instruction that last set the state (an install, a prune, a copy of node_modules). */
  by: Instruction | null;
}

const JS_TOOLS = ['npm', 'yarn', 'pnpm'];
const prunes = (model: StageModel, stage: Stage, c: Command) =>
  prunesDev(c.program, c.argv, (c.env.NODE_ENV ?? variableAt(model, stage, c.instruction, 'NODE_ENV')) === 'production') &&
  projectAt(model, stage, commandDir(model, stage, c));

/**
 * A folder that may hold the project a prune reads (package.json beside node_modules): an install
 * ran there, or a COPY put a manifest or a whole folder there. `npm prune` in `/` of a stage that
 * copied the app to /app prunes nothing (or stops: no package.json).
 */
function projectAt(model: StageModel, stage: Stage, dir: string): boolean {
  if (dir.includes('$')) return true;
  return chain(model, stage).some(
    (s) =>
      s.dependencyInstalls.some((d) => commandDir(model, s, d.command) === dir) ||
      s.copies.some((copy) => {
        const dest = posix.resolve(workdirAt(model, s, copy.instruction), copy.dest || '.');
        if (dest.includes('$')) return true;
        return copy.sources.some((src) => {
          const name = posix.basename(src.replace(/\/+$/, ''));
          if (MANIFEST.test(name))
            return dest === dir || posix.join(dest, name) === posix.join(dir, name) || dest === posix.join(dir, name);
          // A folder (or the context) copied to dir, or copied as dir.
          return dest === dir || (!name.includes('.') && (posix.join(dest, name) === dir || isWithin(dir, [dest])));
        });
      }),
  );
}

/**
 * Whether a stage's node_modules hold devDependencies just before `at` (a command of the stage),
 * or at its end: installs, prunes and copies of node_modules in file order down the chain
 * (a copy takes the state of the stage it comes from). End-of-stage answers are memoised.
 */
export function nodeModulesAt(model: StageModel, stage: Stage, at: Command | null = null, seen = new Set<number>()): NodeModules {
  // End-of-stage answers for every stage, in file order: a copy reads an earlier stage's answer
  // from the memo, so the depth of the file never becomes the depth of the stack.
  const ends = once(model, 'nodeModulesAtEnd', () => {
    const result: NodeModules[] = [];
    for (const s of model.stages) result.push(nodeModulesUntil(model, s, null, new Set(), result));
    return result;
  });
  return at === null ? ends[stage.index]! : nodeModulesUntil(model, stage, at, seen, ends);
}

/** The install writes node_modules inside a cache or tmpfs mount of its RUN. */
export function installsIntoMount(model: StageModel, stage: Stage, command: Command): boolean {
  const scratch = runScratchMounts(model, stage, command.instruction);
  if (scratch.length === 0) return false;
  const dir = commandDir(model, stage, command);
  return isWithin(
    posix.join(dir, 'node_modules'),
    scratch.map((t) => posix.resolve(workdirAt(model, stage, command.instruction), t)),
  );
}

function nodeModulesUntil(
  model: StageModel,
  stage: Stage,
  at: Command | null,
  _seen: Set<number>,
  ends: readonly NodeModules[],
): NodeModules {
  // What the parent left (its end state, already known: stages come in file order), then this stage's own steps.
  const parent = stage.parent !== null && stage.parent < stage.index ? ends[stage.parent] : undefined;
  let current: NodeModules = parent ?? { state: 'none', by: null };
  const events: { line: number; order: number; apply: () => NodeModules }[] = [];
  stage.commands.forEach((c, order) => {
    const line = c.instruction.span.start.line;
    const install = stage.dependencyInstalls.find((d) => d.command === c);
    if (install && JS_TOOLS.includes(install.tool)) {
      const installed: NodeModules = { state: install.includesDev ? 'development' : 'production', by: c.instruction };
      if (!installsIntoMount(model, stage, c)) events.push({ line, order, apply: () => installed });
      else {
        // Into a cache or tmpfs mount (`--mount=type=cache,target=/app/node_modules`): there for the rest
        // of that RUN (`npm ci && npm run build`), gone from the layer after it.
        let before: NodeModules = current;
        events.push({ line, order, apply: () => ((before = current), installed) });
        events.push({ line, order: Number.MAX_SAFE_INTEGER, apply: () => before });
      }
    }
    if (prunes(model, stage, c))
      events.push({ line, order, apply: () => (current.state === 'development' ? { state: 'production', by: c.instruction } : current) });
  });
  for (const copy of stage.copies) {
    const source = copy.from ? referencedStage(model, copy.from) : null;
    if (!source || !carriesNodeModules(model, source, copy.sources)) continue;
    // Copies come from earlier stages only (referencedStage), whose answers are already in `ends`.
    events.push({
      line: copy.instruction.span.start.line,
      order: -1,
      apply: () => ({ ...(ends[source.index] ?? { state: 'none', by: null }), by: copy.instruction }),
    });
  }
  events.sort((a, b) => a.line - b.line || a.order - b.order);
  const stop = at ? stage.commands.indexOf(at) : -1;
  for (const event of events) {
    if (
      stop >= 0 &&
      (event.line > at!.instruction.span.start.line || (event.line === at!.instruction.span.start.line && event.order >= stop))
    )
      break;
    current = event.apply();
  }
  return current;
}

/** A copy from `source` brings node_modules along: it names them, or copies a folder that holds a JS install of its chain. */
export function carriesNodeModules(model: StageModel, source: Stage, sources: string[]): boolean {
  return sources.some((raw) => {
    const path = sourcePath(raw);
    // node_modules itself (or all of it); a path inside it, like a generated .prisma client, is not the packages.
    if (posix.basename(path) === 'node_modules') return true;
    // A walk up the chain, allocating nothing: a long chain stays linear.
    for (let s: Stage | undefined = source; s; s = s.parent !== null && s.parent < s.index ? model.stages[s.parent] : undefined) {
      if (ownInstallDirs(model, s).some((dir) => isWithin(dir, [path]))) return true;
    }
    return false;
  });
}

/** Folders where the stage's own JS dependency installs ran (WORKDIR, then `cd`). */
function ownInstallDirs(model: StageModel, stage: Stage): string[] {
  if (stage.dependencyInstalls.length === 0) return NO_DIRS;
  return perStage(model, stage, 'ownInstallDirs', () =>
    stage.dependencyInstalls.filter((d) => JS_TOOLS.includes(d.tool)).map((d) => commandDir(model, stage, d.command)),
  );
}

const NO_DIRS: string[] = [];

const DEV_PACKAGES = /^(pytest|pytest-[\w-]+|mypy|ruff|black|flake8|pylint|coverage|tox|nox|hypothesis|isort|pre-commit)([<>=~!].*)?$/i;

/** pip installs of development requirements in a stage's chain, with the folder they land in. */
export function pythonDevInstalls(model: StageModel, stage: Stage): { command: Command; into: string }[] {
  const result: { command: Command; into: string }[] = [];
  for (const s of chain(model, stage)) {
    for (const command of s.commands) {
      const pipArgs = pipInstallArgs(command);
      if (!pipArgs) continue;
      const requirement = optionValues(command.argv, '-r', '--requirement');
      const dev =
        requirement.some((r) => /(^|[/_.-])(dev|test|tests|testing|lint|ci)([/_.-]|$)/i.test(r)) ||
        pipArgs.some((w) => DEV_PACKAGES.test(w) || /\[[^\]]*\b(dev|test|tests)\b[^\]]*\]$/.test(w));
      if (dev) result.push({ command, into: pipTarget(model, s, command) });
    }
  }
  return result;
}

/** The words after `pip install` (`pip`, `pip3`, `python -m pip`, `/opt/venv/bin/pip`, `uv pip`). */
function pipInstallArgs(command: Command): string[] | null {
  const { program, argv } = command;
  if (/^pip[\d.]*$/.test(program) && argv[1] === 'install') return argv.slice(2);
  if (/^python[\d.]*$/.test(program) && argv[1] === '-m' && /^pip[\d.]*$/.test(argv[2] ?? '') && argv[3] === 'install')
    return argv.slice(4);
  if (program === 'uv' && argv[1] === 'pip' && argv[2] === 'install') return argv.slice(3);
  return null;
}

/** Where pip puts packages: --target/--prefix, the pip's own virtualenv, an activated one, else /usr/local. */
function pipTarget(model: StageModel, stage: Stage, command: Command): string {
  const target = optionValue(command.argv, '--target', '-t', '--prefix', '--root');
  const workdir = workdirAt(model, stage, command.instruction);
  const absolute = (p: string) => posix.normalize(posix.isAbsolute(p) ? p : posix.join(workdir, p));
  if (target) return absolute(target);
  if (command.argv.includes('--user')) return '/root/.local';
  // `uv pip install --python /opt/venv/bin/python` (or `-p /opt/venv`, or UV_PYTHON) installs into
  // that interpreter's environment.
  if (command.program === 'uv') {
    const python =
      optionValue(command.argv, '--python', '-p') ?? command.env.UV_PYTHON ?? variableAt(model, stage, command.instruction, 'UV_PYTHON');
    if (python && python.startsWith('/') && !python.includes('$')) {
      const env = python.replace(/\/bin\/python[\d.]*$/, '');
      if (env !== '/usr' && env !== '/usr/local') return absolute(env);
    }
  }
  // A pip or python named by its path is that environment's, whatever PATH says: `/usr/local/bin/pip` is the system's.
  const own = command.argv[0]!.match(/^(.*)\/bin\/(pip|python)[\d.]*$/);
  if (own) return own[1] === '/usr' || own[1] === '/usr/local' ? '/usr/local' : absolute(own[1]!);
  const venv = command.env.VIRTUAL_ENV ?? variableAt(model, stage, command.instruction, 'VIRTUAL_ENV');
  if (venv) return absolute(venv);
  const path = command.env.PATH ?? variableAt(model, stage, command.instruction, 'PATH') ?? '';
  const first = path.split(':')[0] ?? '';
  const activated = stage.commands.find(
    (c) =>
      c.instruction === command.instruction && (c.program === '.' || c.program === 'source') && /\/bin\/activate$/.test(c.argv[1] ?? ''),
  );
  if (activated) return absolute(activated.argv[1]!.replace(/\/bin\/activate$/, ''));
  if (/\/bin$/.test(first) && !['/usr/local/bin', '/usr/bin', '/bin'].includes(first)) return absolute(first.replace(/\/bin$/, ''));
  return '/usr/local';
}

/** A pip install of the stage's chain and the folder its packages land in (a virtualenv, --prefix/--target, or /usr/local). */
export interface PipInstall {
  command: Command;
  stage: Stage;
  into: string;
}

/** Every pip install (`pip`, `python -m pip`, a venv's own pip, `uv pip`) of the stage's chain, root stage first. */
export function pipInstalls(model: StageModel, stage: Stage): PipInstall[] {
  return perStage(model, stage, 'pipInstalls', () =>
    [...chain(model, stage)]
      .reverse()
      .flatMap((s) =>
        s.commands.filter((c) => pipInstallArgs(c) !== null).map((command) => ({ command, stage: s, into: pipTarget(model, s, command) })),
      ),
  );
}

/** Virtualenvs the stage's chain makes (`python -m venv DIR`, `virtualenv DIR`, `uv venv [DIR]`), as absolute paths. */
export function virtualenvsMade(model: StageModel, stage: Stage): { path: string; command: Command }[] {
  const made: { path: string; command: Command }[] = [];
  for (const s of [...chain(model, stage)].reverse()) {
    for (const command of s.commands) {
      const { program, argv } = command;
      let words: string[] | null = null;
      if (/^python[\d.]*$/.test(program) && argv[1] === '-m' && (argv[2] === 'venv' || argv[2] === 'virtualenv')) words = argv.slice(3);
      else if (program === 'virtualenv') words = argv.slice(1);
      else if (program === 'uv' && argv[1] === 'venv') words = [...argv.slice(2).filter((w) => !w.startsWith('-')), '.venv'].slice(0, 1);
      const dir = words?.filter((w) => !w.startsWith('-')).at(-1);
      if (!dir || dir.includes('$')) continue;
      const workdir = workdirAt(model, s, command.instruction);
      made.push({ path: posix.normalize(posix.isAbsolute(dir) ? dir : posix.join(workdir, dir)).replace(/(.)\/$/, '$1'), command });
    }
  }
  return made;
}

// Files that only describe dependencies: a stage holding nothing else has no tests to run.
const MANIFEST =
  /^(package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-(lock|workspace)\.yaml|\.npmrc|\.yarnrc(\.yml)?|requirements[\w.-]*\.(txt|in)|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|setup\.(py|cfg)|go\.(mod|sum)|Cargo\.(toml|lock)|[\w.-]+\.(cs|fs|vb)proj|[\w.-]+\.sln|Directory\.[\w.]+\.props|NuGet\.config|pom\.xml|(build|settings)\.gradle(\.kts)?|gradle\.properties|package\*\.json)$/;
// What a pytest argument looks like when it names tests: a folder or file path.
const TEST_PATH = /\.py$|(^|\/)(tests?|[\w.-]*[_-]tests?|tests?[_-][\w.-]*)(\/|$)/;
// pytest options that take the next word as their value (not a path to test).
const PYTEST_VALUE_OPTIONS = new Set([
  '-k',
  '-m',
  '-p',
  '-c',
  '-o',
  '-W',
  '-n',
  '-r',
  '--rootdir',
  '--cov',
  '--junitxml',
  '--maxfail',
  '--ignore',
  '--deselect',
]);

export interface MissingTestInput {
  command: Command;
  /** The path the run names that nothing put in place, or null: nothing but manifests is there. */
  path: string | null;
  folder: string;
}

/**
 * Test runs with nothing to test: `pytest tests` where no COPY, ADD or bind mount before it
 * brought `tests`, or any test run in a stage whose chain holds only dependency manifests
 * (`FROM deps AS test` + `RUN npm test`, where deps copied package.json alone).
 */
export function missingTestInputs(model: StageModel, stage: Stage): MissingTestInput[] {
  const stages = chain(model, stage).slice().reverse();
  const missing: MissingTestInput[] = [];
  for (const command of stage.tests) {
    const run = command.instruction;
    const dir = commandDir(model, stage, command);
    const copies = copiesBefore(model, stages, stage, run);
    const mounted = (file: string) => mountProvides(model, stage, run, dir, file);
    if (onlyManifestsFor(model, stage, command)) {
      missing.push({ command, path: null, folder: dir });
      continue;
    }
    for (const path of pytestPaths(command)) {
      if (copies.some(({ s, c }) => copyProvides(model, s, c, dir, path)) || mounted(path)) continue;
      missing.push({ command, path, folder: dir });
      break;
    }
  }
  return missing;
}

function copiesBefore(model: StageModel, stages: readonly Stage[], stage: Stage, run: Instruction) {
  return stages.flatMap((s) =>
    s.copies.filter((c) => s !== stage || c.instruction.span.start.line < run.span.start.line).map((c) => ({ s, c })),
  );
}

/**
 * The command's stage (through its chain) holds only dependency manifests when it runs: COPYs
 * before it brought package.json or go.mod alone, no bind mount brings more. No copy at all is
 * not judged: the base image may hold the app.
 */
export function onlyManifestsFor(model: StageModel, stage: Stage, command: Command): boolean {
  const run = command.instruction;
  const copies = copiesBefore(model, chain(model, stage).slice().reverse(), stage, run);
  // A bind mount of anything but a manifest (`source=src`, the whole context) brings inputs.
  const mountsSources = mountsOf(model, stage, run).some((m) => m.type === 'bind' && !MANIFEST.test(posix.basename(m.source)));
  const onlyManifests =
    !mountsSources &&
    copies.length > 0 &&
    copies.every(({ c }) => !c.inline && c.sources.length > 0 && c.sources.every((src) => MANIFEST.test(posix.basename(src))));
  return onlyManifests && !mountProvides(model, stage, run, commandDir(model, stage, command), '.');
}

/** The files and folders a pytest run names (`pytest -q tests/unit`), relative ones only. */
function pytestPaths(command: Command): string[] {
  const argv = command.argv;
  const start = command.program === 'pytest' || command.program === 'py.test' ? 1 : argv.indexOf('pytest') + 1;
  if (start === 0) return [];
  const paths: string[] = [];
  for (let i = start; i < argv.length; i++) {
    const word = argv[i]!;
    if (PYTEST_VALUE_OPTIONS.has(word)) i++;
    // Only words that can only be tests (`tests`, `tests/unit`, `test_app.py`): an option's value
    // (`--tb short`, `--cov-report term-missing`) is never taken for a path.
    else if (!word.startsWith('-') && !word.startsWith('/') && !/[\s$*?[=]/.test(word) && TEST_PATH.test(word.replace(/::.*$/, '')))
      paths.push(word.replace(/::.*$/, ''));
  }
  return paths;
}

/**
 * `pip install --user` (or PIP_USER=1) with a virtualenv's pip: pip refuses it ("Can not perform
 * a '--user' install. User site-packages are not visible in this virtualenv.") and the RUN fails.
 * Not for uv, nor a venv made with --system-site-packages (there the user site is visible).
 */
export function pipUserInVenv(model: StageModel, stage: Stage): { command: Command; venv: string }[] {
  const found: { command: Command; venv: string }[] = [];
  for (const command of stage.commands) {
    if (command.program === 'uv' || pipInstallArgs(command) === null) continue;
    const pipUser = command.env.PIP_USER ?? variableAt(model, stage, command.instruction, 'PIP_USER');
    const user = command.argv.includes('--user') || (pipUser !== undefined && /^(1|true|yes|on)$/i.test(pipUser));
    if (!user || command.argv.some((w) => /^(--target|-t|--prefix|--root)(=|$)/.test(w))) continue;
    const venv = pipTarget(model, stage, { ...command, argv: command.argv.filter((w) => w !== '--user') });
    if (venv === '/usr/local' || venv.includes('$')) continue;
    const made = virtualenvsMade(model, stage).find((v) => v.path === venv);
    if (!made || made.command.argv.includes('--system-site-packages')) continue;
    found.push({ command, venv });
  }
  return found;
}
