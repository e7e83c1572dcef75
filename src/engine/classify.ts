// What a simple command does, by the spec's terms: install packages, install dependencies,
// build, test. Each function looks only at one command's words.
import type { PackageManager } from './types';

type Argv = readonly string[];

const INSTALL_VERBS: Record<PackageManager, string[]> = {
  'apt-get': ['install'],
  apt: ['install'],
  apk: ['add'],
  yum: ['install'],
  dnf: ['install'],
  microdnf: ['install'],
  zypper: ['install', 'in'],
};

const REMOVE_VERBS: Record<PackageManager, string[]> = {
  'apt-get': ['remove', 'purge', 'autoremove'],
  apt: ['remove', 'purge', 'autoremove'],
  apk: ['del'],
  yum: ['remove', 'erase'],
  dnf: ['remove', 'erase'],
  microdnf: ['remove'],
  zypper: ['remove', 'rm'],
};

/** Options that take the next word as their value, so it is not a package. */
const VALUE_OPTIONS = new Set([
  '-t',
  '--virtual',
  '-o',
  '--option',
  '-c',
  '--config',
  '--repository',
  '-X',
  '--root',
  '-p',
  '-e',
  '--setopt',
  '--enablerepo',
  '--disablerepo',
  '--installroot',
  '--releasever',
]);

// A Set, not `in`: a program named `constructor` or `toString` is no package manager.
const MANAGERS: ReadonlySet<string> = new Set(Object.keys(INSTALL_VERBS));

function isManager(program: string): program is PackageManager {
  return MANAGERS.has(program);
}

function packagesAfter(argv: Argv, verbs: string[]): string[] | null {
  let i = 1;
  let found = false;
  const packages: string[] = [];
  for (; i < argv.length; i++) {
    const w = argv[i]!;
    if (w.startsWith('-')) {
      if (VALUE_OPTIONS.has(w)) {
        // apk's --virtual NAME: the name is a group, installed packages follow.
        i++;
      }
      continue;
    }
    if (!found) {
      if (!verbs.includes(w)) return null;
      found = true;
      continue;
    }
    packages.push(stripVersion(w));
  }
  return found ? packages.filter(Boolean) : null;
}

const VERSION_OR_ARCH = /[=<>~:]/;

function stripVersion(pkg: string): string {
  if (!VERSION_OR_ARCH.test(pkg)) return pkg.toLowerCase();
  return pkg
    .replace(/[=<>~].*$/, '')
    .replace(/:[a-z0-9]+$/, '')
    .toLowerCase();
}

export function packageInstall(program: string, argv: Argv): { manager: PackageManager; packages: string[] } | null {
  if (!isManager(program)) return null;
  const packages = packagesAfter(argv, INSTALL_VERBS[program]);
  return packages ? { manager: program, packages } : null;
}

export function packageRemoval(program: string, argv: Argv): string[] {
  if (!isManager(program)) return [];
  return packagesAfter(argv, REMOVE_VERBS[program]) ?? [];
}

const BUILD_TOOL_NAMES = new Set([
  'gcc',
  'g++',
  'clang',
  'make',
  'cmake',
  'build-essential',
  'build-base',
  'autoconf',
  'automake',
  'libtool',
  'pkg-config',
  'pkgconf',
  'musl-dev',
  'libc-dev',
  'libc6-dev',
  'linux-headers',
  'golang',
  'go',
  'rust',
  'cargo',
  'maven',
  'gradle',
  'gcc-c++',
  'clang++',
  // The distributions' own names for the same compilers: Debian's golang-go and rustc, and the
  // assembler and linker every compiler needs.
  'golang-go',
  'rustc',
  'binutils',
]);

/** `-dev` names that are application channels, not development headers. */
const APP_CHANNELS = /^(microsoft-edge|google-chrome|chromium|firefox|brave-browser|opera|vivaldi|code|insomnia)-(dev|devel)$/;

/** A package the spec counts as a build tool. */
export function isBuildToolPackage(pkg: string, extra?: readonly string[]): boolean {
  const name = pkg.toLowerCase();
  if (BUILD_TOOL_NAMES.has(name) || extra?.includes(name)) return true;
  if (APP_CHANNELS.test(name)) return false;
  if (/-(dev|devel)$/.test(name)) return true;
  if (/^openjdk-?\d*-jdk(-headless)?$/.test(name) || /^java-[\d.]+-openjdk-devel$/.test(name)) return true;
  if (/^(gcc|g\+\+|clang|golang|cmake)-[\d.]+$/.test(name)) return true;
  return false;
}

// rules.md MS020's list. Not curl or wget: health checks and downloads use them.
const DEBUG_TOOLS = new Set([
  'strace',
  'ltrace',
  'gdb',
  'busybox-extras',
  'procps',
  'vim',
  'nano',
  'less',
  'tcpdump',
  'net-tools',
  'iputils-ping',
  'dnsutils',
  'bind-tools',
]);

export function isDebugToolPackage(pkg: string, extra?: readonly string[]): boolean {
  const name = pkg.toLowerCase();
  return DEBUG_TOOLS.has(name) || Boolean(extra?.includes(name));
}

/** npm/yarn/pnpm options whose value is the next word (`--omit dev`), so it is not a package. */
const JS_VALUE_OPTIONS = new Set([
  '--omit',
  '--only',
  '--include',
  '--prefix',
  '--workspace',
  '-w',
  '--registry',
  '--cache',
  '--loglevel',
  '--filter',
  '-C',
  '--dir',
  '--modules-folder',
  '--cwd',
]);

function positional(argv: Argv, from: number): string[] {
  const words: string[] = [];
  for (let i = from; i < argv.length; i++) {
    const w = argv[i]!;
    if (!w.startsWith('-')) words.push(w);
    else if (JS_VALUE_OPTIONS.has(w)) i++;
  }
  return words;
}

function hasFlag(argv: Argv, ...flags: string[]): boolean {
  return argv.some(
    (w, i) =>
      flags.includes(w) ||
      flags.some((f) => f.includes('=') && w === f) ||
      (w === '--omit' && argv[i + 1] === 'dev' && flags.includes('--omit=dev')) ||
      (w === '--only' && /^prod/.test(argv[i + 1] ?? '') && flags.includes('--only=prod')),
  );
}

/** Options with which a bare `yarn` prints and exits instead of installing. */
const YARN_PRINTS: ReadonlySet<string> = new Set(['--version', '-v', '-V', '--help', '-h']);

const PROD_FLAGS = ['--omit=dev', '--production', '--prod', '-P', '--only=prod', '--only=production', '--production=true'];

/** A dependency install by the spec's list, with whether dev dependencies come along (JS tools only). */
export function dependencyInstall(program: string, argv: Argv, nodeEnvProduction: boolean): { tool: string; includesDev: boolean } | null {
  const sub = argv[1];
  // `--include=dev` brings dev dependencies back even under NODE_ENV=production.
  const jsDev = () => argv.includes('--include=dev') || !(nodeEnvProduction || hasFlag(argv, ...PROD_FLAGS));
  // npm, yarn and pnpm take options anywhere (`npm --prefix web ci`): their words without them.
  const js = program === 'npm' || program === 'yarn' || program === 'pnpm' ? positional(argv, 1) : [];
  switch (program) {
    case 'npm':
      if (js[0] === 'ci' || js[0] === 'clean-install') return { tool: 'npm', includesDev: jsDev() };
      if ((js[0] === 'install' || js[0] === 'i') && js.length === 1) return { tool: 'npm', includesDev: jsDev() };
      return null;
    case 'yarn':
      // `yarn --frozen-lockfile` installs; `yarn --version` or `yarn --help` only prints.
      if (argv.some((w) => YARN_PRINTS.has(w))) return null;
      if (js.length === 0 || js[0] === 'install') return { tool: 'yarn', includesDev: jsDev() };
      if (js[0] === 'workspaces' && js[1] === 'focus') return { tool: 'yarn', includesDev: jsDev() };
      return null;
    case 'pnpm':
      if ((js[0] === 'install' || js[0] === 'i') && js.length === 1) return { tool: 'pnpm', includesDev: jsDev() };
      return null;
    case 'pip':
    case 'pip3':
      if (sub === 'install' && argv.some((w) => w === '-r' || w.startsWith('--requirement') || w.startsWith('-r')))
        return { tool: 'pip', includesDev: false };
      return null;
    case 'python':
    case 'python3':
      if (
        argv[1] === '-m' &&
        (argv[2] === 'pip' || argv[2] === 'pip3') &&
        argv[3] === 'install' &&
        argv.some((w) => w.startsWith('-r') || w.startsWith('--requirement'))
      ) {
        return { tool: 'pip', includesDev: false };
      }
      return null;
    case 'uv':
      // `uv pip install -r …` and `uv pip sync …` install requirements as pip does; `uv sync` a project's lockfile.
      if (
        sub === 'pip' &&
        (argv[2] === 'sync' || (argv[2] === 'install' && argv.some((w) => w.startsWith('-r') || w.startsWith('--requirement'))))
      )
        return { tool: 'pip', includesDev: false };
      return sub === 'sync' ? { tool: 'uv', includesDev: false } : null;
    case 'go':
      return sub === 'mod' && argv[2] === 'download' ? { tool: 'go', includesDev: false } : null;
    case 'poetry':
      return sub === 'install' ? { tool: 'poetry', includesDev: false } : null;
    case 'bundle':
      return sub === 'install' || sub === undefined ? { tool: 'bundle', includesDev: false } : null;
    case 'cargo':
      return sub === 'fetch' ? { tool: 'cargo', includesDev: false } : null;
    case 'mvn':
    case 'mvnw':
      return argv.some((w) => w.startsWith('dependency:')) ? { tool: 'mvn', includesDev: false } : null;
    case 'dotnet':
      return sub === 'restore' ? { tool: 'dotnet', includesDev: false } : null;
    case 'composer':
      return sub === 'install' ? { tool: 'composer', includesDev: false } : null;
    default:
      return null;
  }
}

/** `npm prune --omit=dev` and its spellings. */
export function prunesDev(program: string, argv: Argv, nodeEnvProduction = false): boolean {
  if (argv.includes('--dry-run')) return false; // only reports what it would remove
  // Under NODE_ENV=production npm's `omit` defaults to dev, so a bare `npm prune` drops them too.
  if (program === 'npm' && positional(argv, 1)[0] === 'prune')
    return hasFlag(argv, '--omit=dev', '--production') || (nodeEnvProduction && !argv.includes('--include=dev'));
  if (program === 'pnpm' && positional(argv, 1)[0] === 'prune') return hasFlag(argv, '--prod');
  return false;
}

const GRADLE_TASKS = new Set(['build', 'assemble', 'jar', 'bootJar', 'shadowJar', 'installDist', 'distTar']);

// `rustc --version`, `javac -version`, `gcc -dumpmachine`, `rustc --print sysroot`: a question
// about the compiler (images check their toolchain so), not a build.
const QUERY =
  /^(--?version|-V|-v|--?help|-h|-dumpversion|-dumpfullversion|-dumpmachine|--?print-[a-z-]+(=.*)?|--print(=.*)?|--setup-target-triple)$/;

function onlyAsks(argv: Argv): boolean {
  if (argv.length < 2) return false;
  let asked = false;
  for (let i = 1; i < argv.length; i++) {
    // `rustc --version --verbose`: more detail on the answer, still no compile.
    if (argv[i] === '--verbose') continue;
    if (!QUERY.test(argv[i]!)) return false;
    asked = true;
    if (argv[i] === '--print') i++; // its value: `--print sysroot`
  }
  return asked;
}

/** A build command by the spec's list; returns the tool's name. */
export function buildTool(program: string, argv: Argv): string | null {
  const sub = argv[1];
  switch (program) {
    case 'go':
      return sub === 'build' || sub === 'install' ? 'go' : null;
    case 'cargo':
    case 'xx-cargo':
      // tonistiigi/xx's wrappers cross-compile for TARGETPLATFORM (rules.md *build command*);
      // cargo-zigbuild is `cargo build` linked by zig (cross-compiling to musl and glibc alike).
      return sub === 'build' || sub === 'install' || sub === 'zigbuild' ? 'cargo' : null;
    case 'xx-go':
      return sub === 'build' || sub === 'install' ? 'go' : null;
    case 'xx-clang':
      return onlyAsks(argv) ? null : 'clang';
    case 'rustc':
    case 'gcc':
    case 'g++':
    case 'cc':
    case 'c++':
    case 'clang':
    case 'clang++':
    case 'make':
    case 'tsc':
    case 'javac':
      return onlyAsks(argv) ? null : program;
    case 'cmake':
      return argv.includes('--build') ? 'cmake' : null;
    case 'mvn':
    case 'mvnw':
      return argv.some((w) => w === 'package' || w === 'install' || w === 'verify') ? 'mvn' : null;
    case 'gradle':
    case 'gradlew':
      // A task by path too: `:bootJar` (the root project's), `:app:bootJar`.
      return argv.some((w) => GRADLE_TASKS.has(w) || GRADLE_TASKS.has(w.replace(/^.*:/, ''))) ? 'gradle' : null;
    case 'npm':
    case 'yarn':
    case 'pnpm': {
      // Options may come anywhere: `npm --prefix web run build`, `npm run --silent build`.
      const [verb, script] = positional(argv, 1);
      if (verb === 'run' || verb === 'run-script') return /^build(:|$)/.test(script ?? '') ? program : null;
      return (program === 'yarn' || program === 'pnpm') && /^build(:|$)/.test(verb ?? '') ? program : null;
    }
    case 'npx':
      return sub === 'tsc' ? 'tsc' : null;
    case 'node':
      // Node 22's `node --run build`: package.json's build script, as `npm run build` runs it.
      return sub === '--run' && /^build(:|$)/.test(argv[2] ?? '') ? 'npm' : null;
    case 'dotnet':
      return sub === 'build' || sub === 'publish' ? 'dotnet' : null;
    default:
      return null;
  }
}

const JS_TEST_RUNNERS: ReadonlySet<string> = new Set(['jest', 'vitest', 'mocha', 'ava', 'tap', 'playwright']);

/** pytest options that list or print instead of running a test. */
const PYTEST_RUNS_NOTHING: ReadonlySet<string> = new Set(['--collect-only', '--co', '--version', '-V', '--help', '-h', '--fixtures']);

/** A test run: what makes a stage a test stage. */
export function isTestCommand(program: string, argv: Argv): boolean {
  const sub = argv[1];
  switch (program) {
    case 'go':
    case 'cargo':
    case 'dotnet':
      return sub === 'test' || (program === 'go' && sub === 'vet');
    case 'npm':
    case 'yarn':
    case 'pnpm': {
      const [verb, script] = positional(argv, 1);
      return (
        verb === 'test' ||
        verb === 't' ||
        ((verb === 'run' || verb === 'run-script') && /^(test|lint)/.test(script ?? '')) ||
        (program !== 'npm' && /^(test|lint)/.test(verb ?? ''))
      );
    }
    case 'npx':
    case 'bunx': {
      // `npx vitest run`, `npx --yes jest`: the runner is the first word that is not an option.
      const runner = argv.slice(1).find((w) => !w.startsWith('-'));
      return runner !== undefined && JS_TEST_RUNNERS.has(runner);
    }
    case 'pytest':
      return !argv.some((w) => PYTEST_RUNS_NOTHING.has(w));
    case 'tox':
    case 'jest':
    case 'vitest':
    case 'rspec':
    case 'phpunit':
      return true;
    case 'python':
    case 'python3':
      if (sub === '-m' && argv[2] === 'coverage') return isTestCommand('coverage', argv.slice(2));
      // Django's test runner: `python manage.py test`.
      if (sub !== undefined && /(^|\/)manage\.py$/.test(sub)) return argv[2] === 'test';
      return sub === '-m' && (argv[2] === 'unittest' || (argv[2] === 'pytest' && !argv.some((w) => PYTEST_RUNS_NOTHING.has(w))));
    case 'coverage': {
      // `coverage run [options] -m pytest`, `coverage run manage.py test`: the tests, measured.
      if (sub !== 'run') return false;
      const at = argv.findIndex((w, i) => i > 1 && !w.startsWith('-') && argv[i - 1] !== '--rcfile' && argv[i - 1] !== '--source');
      const module = argv.indexOf('-m');
      if (module !== -1) return isTestCommand('python', ['python', ...argv.slice(module)]);
      return at !== -1 && isTestCommand('python', ['python', ...argv.slice(at)]);
    }
    case 'node':
      // Node's own test runner, and `node --run test` (package.json's test script).
      return sub === '--test' || (sub === '--run' && /^(test|lint)/.test(argv[2] ?? ''));
    case 'mvn':
    case 'mvnw':
      return argv.includes('test') || argv.includes('verify');
    case 'gradle':
    case 'gradlew':
      // By path too (`:test`, `:app:check`); `-x test` excludes the task instead.
      return argv
        .slice(1)
        .some((w, i) => !w.startsWith('-') && /^(.*:)?(test|check)$/.test(w) && !['-x', '--exclude-task'].includes(argv[i] ?? ''));
    case 'make':
      return argv.includes('test') || argv.includes('check');
    default:
      return false;
  }
}
