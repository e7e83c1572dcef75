// Builds: which tool, which language, the artifact paths each build writes, and whether a
// binary is static (Go with cgo off, Rust for a musl target).
import { posix } from 'node:path';
import type { BuildCommand, Command, Instruction, Stage, StageModel } from '../types';
import { tokenize } from '../shell';
import { classifyImage, type Language } from '../images';
import { chain, rootImage } from './stages';
import { commandDir, resolvePath } from './paths';
import { commandVariable, variableSource } from './vars';
import { once, perStage } from './memo';
import { installedPackages } from './packages';

export interface Build {
  build: BuildCommand;
  command: Command;
  /** The stage whose RUN runs it. */
  stage: Stage;
  tool: string;
  language: Language | null;
  /** Directory the build runs in (WORKDIR, then `cd`). */
  dir: string;
  /** Absolute paths it writes; a `*` in the last part stands for a name the file does not show. Empty when unknown. */
  artifacts: string[];
  /** A folder only this build writes into (`go build -o /out/x`, `dotnet publish -o /app`, cargo's target dir), else null. */
  outputDir: string | null;
  /** Go: cgo off; Rust: a musl target. Null for other tools. */
  static: boolean | null;
  /** The instruction that shows it is static (the RUN, or the ENV/ARG/`go env -w` that turns cgo off), else null. */
  staticAt: Instruction | null;
  /** Cargo's `--target` triple (or CARGO_BUILD_TARGET), else null. */
  target: string | null;
  /** `go install tool@version` fetches a tool: not the program that ships. */
  toolInstall: boolean;
}

const LANGUAGES: Record<string, Language> = {
  go: 'go',
  cargo: 'rust',
  rustc: 'rust',
  dotnet: 'dotnet',
  mvn: 'java',
  gradle: 'java',
  javac: 'java',
  npm: 'node',
  yarn: 'node',
  pnpm: 'node',
  tsc: 'node',
  gcc: 'c',
  'g++': 'c',
  cc: 'c',
  'c++': 'c',
  clang: 'c',
  'clang++': 'c',
  make: 'c',
  cmake: 'c',
};

/** The stage's own builds, in order. */
export function buildsInStage(model: StageModel, stage: Stage): Build[] {
  if (stage.builds.length === 0) return NO_BUILDS;
  return perStage(model, stage, 'buildsInStage', () => stage.builds.map((build) => describe(model, stage, build)));
}

/** Builds of the stage and the stages it is written FROM. */
export function buildsThrough(model: StageModel, stage: Stage): Build[] {
  if (stage.parent === null) return buildsInStage(model, stage);
  return perStage(model, stage, 'buildsThrough', () => chain(model, stage).flatMap((s) => buildsInStage(model, s)));
}

const NO_BUILDS: Build[] = [];

/**
 * The Go build of the stage's chain that may link libc (cgo on; not a `go install tool@v`): the
 * stage's own first, else its parent's. Computed for all stages in file order, in a loop.
 */
export function dynamicGoBuild(model: StageModel, stage: Stage): Build | null {
  return once(model, 'dynamicGoBuild', () => {
    const found: (Build | null)[] = [];
    for (const s of model.stages) {
      const own = s.builds.some((b) => b.tool === 'go')
        ? (buildsInStage(model, s).find((b) => b.tool === 'go' && !b.toolInstall && b.static === false) ?? null)
        : null;
      found.push(own ?? (s.parent !== null && s.parent < s.index ? found[s.parent]! : null));
    }
    return found;
  })[stage.index]!;
}

/** Every build of the file, in stage order. */
export function allBuilds(model: StageModel): Build[] {
  return model.stages.flatMap((s) => buildsInStage(model, s));
}

function describe(model: StageModel, stage: Stage, build: BuildCommand): Build {
  const { command, tool } = build;
  const dir = commandDir(model, stage, command);
  const base: Build = {
    build,
    command,
    stage,
    tool,
    language: LANGUAGES[tool] ?? null,
    dir,
    artifacts: [],
    outputDir: null,
    static: null,
    staticAt: null,
    target: null,
    toolInstall: false,
  };
  switch (tool) {
    case 'go':
      return goBuild(model, stage, base);
    case 'cargo':
      return cargoBuild(model, stage, base);
    case 'dotnet': {
      const folder = publishOutput(model, stage, build);
      return folder && !folder.includes('$') ? { ...base, artifacts: [`${folder}/*`], outputDir: folder } : base;
    }
    case 'mvn': {
      const pom = optionValue(command.argv, '-f', '--file');
      const project = pom && !pom.includes('$') ? resolvePath(dir, pom.endsWith('.xml') ? `${pom}/..` : pom) : dir;
      return { ...base, artifacts: [`${project}/target/*.jar`, `${project}/target/*.war`] };
    }
    case 'gradle': {
      const project = optionValue(command.argv, '-p', '--project-dir');
      const root = project && !project.includes('$') ? resolvePath(dir, project) : dir;
      return { ...base, artifacts: [`${root}/build/libs/*.jar`] };
    }
    case 'tsc':
    case 'npm':
    case 'yarn':
    case 'pnpm': {
      const out = optionValue(command.argv, '--outDir', '--out-dir', '--outdir');
      return out && !out.includes('$') ? { ...base, artifacts: [`${resolvePath(dir, out)}/*`] } : base;
    }
    default:
      return base;
  }
}

function goBuild(model: StageModel, stage: Stage, base: Build): Build {
  const argv = base.command.argv;
  const toolInstall = argv[1] === 'install' && argv.slice(2).some((a) => !a.startsWith('-') && a.includes('@'));
  const go = { ...base, toolInstall };
  let result: Build;
  if (argv[1] === 'install') {
    const gobin =
      commandVariable(model, stage, base.command, 'GOBIN') ?? `${commandVariable(model, stage, base.command, 'GOPATH') ?? '/go'}/bin`;
    result = { ...go, artifacts: gobin.includes('$') ? [] : [`${gobin}/*`] };
  } else {
    const out = optionValue(argv, '-o') ?? null;
    if (out === null) result = { ...go, artifacts: [`${base.dir}/*`] };
    else if (out.includes('$')) result = go;
    else {
      const path = resolvePath(base.dir, out);
      // `-o /out/` (or several packages) writes into a folder.
      const folder = out.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/')) || '/';
      result = {
        ...go,
        artifacts: [out.endsWith('/') ? `${path}/*` : path],
        outputDir: folder === base.dir || folder === '/' ? null : folder,
      };
    }
  }
  // Whether cgo is off reads ENV/ARG through the chain: worked out on first read.
  let staticAt: Instruction | null | undefined;
  const at = () => (staticAt === undefined ? (staticAt = goStaticAt(model, stage, base.command)) : staticAt);
  return Object.defineProperties(result, {
    static: { get: () => at() !== null, enumerable: true },
    staticAt: { get: at, enumerable: true },
  });
}

/**
 * A Go build is static when cgo is off: `CGO_ENABLED=0` inline, exported earlier in the RUN, set by
 * ENV or an ARG default in the chain, or by `go env -w` in an earlier RUN (it persists in the Go
 * env file); or when the link flags force it (`-extldflags -static`, `netgo` and `osusergo` tags).
 */
export function goStatic(model: StageModel, stage: Stage, command: Command): boolean {
  return goStaticAt(model, stage, command) !== null;
}

/** Where a Go build is made static (see goStatic): the instruction that shows it, else null. */
export function goStaticAt(model: StageModel, stage: Stage, command: Command): Instruction | null {
  return goStaticWhy(model, stage, command)?.at ?? null;
}

export interface GoStatic {
  /** The instruction that shows it. */
  at: Instruction;
  /** Why, as a reader would say it. */
  because: string;
}

/** Where and why a Go build links statically (see goStatic), else null. */
export function goStaticWhy(model: StageModel, stage: Stage, command: Command): GoStatic | null {
  const run = command.instruction;
  const explicit = cgoSetting(model, stage, command);
  if (explicit !== undefined) return explicit && { at: explicit, because: 'CGO_ENABLED=0 makes go build link statically' };
  // `xx-verify --static` after the build in the same RUN fails the build unless the binary is static.
  if (stage.commands.some((c) => c.instruction === run && c.program === 'xx-verify' && c.argv.includes('--static'))) {
    return { at: run, because: 'xx-verify --static fails the build unless the binary is static' };
  }
  const noCompiler = withoutCCompiler(model, stage);
  return (
    noCompiler && { at: noCompiler, because: 'Go turns cgo off where no C compiler is installed, and this golang Alpine image has none' }
  );
}

/** The instruction that sets cgo off (or forces a static link), null where cgo is set on, undefined where nothing sets it. */
function cgoSetting(model: StageModel, stage: Stage, command: Command): Instruction | null | undefined {
  const run = command.instruction;
  const argv = command.argv.join(' ');
  if (/-extldflags[= ]+['"]?[^'"]*-static/.test(argv) || (/\bnetgo\b/.test(argv) && /\bosusergo\b/.test(argv))) return run;
  if (command.env.CGO_ENABLED !== undefined) {
    // `CGO_ENABLED=${CGO_ENABLED}` takes the ENV or ARG value of the same (or another) name.
    const named = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(command.env.CGO_ENABLED)?.[1];
    const value = named ? variableSource(model, stage, run, named)?.value : command.env.CGO_ENABLED;
    if (value === undefined) return undefined;
    return value === '0' ? run : null;
  }
  // `export CGO_ENABLED=0` or `go env -w CGO_ENABLED=0` earlier in the same RUN.
  const sameRun = stage.commands.slice(0, stage.commands.indexOf(command)).filter((c) => c.instruction === run);
  for (const c of sameRun.reverse()) {
    const set = c.argv.find((w) => w.startsWith('CGO_ENABLED='));
    if (set && (c.program === 'export' || (c.program === 'go' && c.argv[1] === 'env'))) return set === 'CGO_ENABLED=0' ? run : null;
  }
  const source = variableSource(model, stage, run, 'CGO_ENABLED') ?? goEnvSetting(model, stage, command);
  if (source === undefined || source === null) return undefined;
  return source.value === '0' ? source.at : null;
}

// What gives Go its C compiler on Linux: gcc, its default CC (build-base and alpine-sdk pull it in).
// clang counts only when CC names it, which the chain's ENV or ARG would show.
const C_COMPILERS = /^(gcc|g\+\+|build-base|alpine-sdk)$/;

/**
 * Since Go 1.20 the go command builds with cgo off when no C compiler is found. The golang
 * `-alpine` images ship none (the Debian ones ship gcc), so there a build is static unless the
 * chain installs a compiler or names one with CC. The FROM of that image, else null.
 */
function withoutCCompiler(model: StageModel, stage: Stage): Instruction | null {
  const image = rootImage(model, stage);
  if (!image) return null;
  const kind = classifyImage(image);
  if (kind.family !== 'golang' || kind.libc !== 'musl') return null;
  // A tag of Go 1.19 or older, cgo stays on; a variable with no default reads as current.
  const version = /^1\.(\d+)/.exec(image.tag ?? '');
  if (version && Number(version[1]) < 20) return null;
  if (installedPackages(model, stage).some((p) => C_COMPILERS.test(p.pkg))) return null;
  // CC names another compiler (clang): in the chain's ENV or ARG, or in a RUN (`CC=clang go build`,
  // `export CC=clang`, `go env -w CC=clang`).
  if (
    chain(model, stage).some(
      (s) => s.env.has('CC') || s.args.has('CC') || s.instructions.some((i) => i.keyword === 'RUN' && /(^|[\s;&|(])CC=/.test(i.text)),
    )
  )
    return null;
  return chain(model, stage).at(-1)!.from;
}

/** A `go env -w CGO_ENABLED=…` in an earlier RUN of the stage's chain (it persists in the Go env file). */
function goEnvSetting(model: StageModel, stage: Stage, until: Command): { value: string; at: Instruction } | undefined {
  let found: { value: string; at: Instruction } | undefined;
  for (const s of chain(model, stage).slice().reverse()) {
    for (const c of s.commands) {
      if (s === stage && c.instruction === until.instruction) return found;
      if (c.program !== 'go' || c.argv[1] !== 'env' || !c.argv.includes('-w')) continue;
      const set = c.argv.find((w) => w.startsWith('CGO_ENABLED='));
      if (set) found = { value: set.slice('CGO_ENABLED='.length), at: c.instruction };
    }
  }
  return found;
}

function cargoBuild(model: StageModel, stage: Stage, base: Build): Build {
  const argv = base.command.argv;
  const isStatic = cargoStatic(model, stage, base.build);
  const target = optionValue(argv, '--target') ?? commandVariable(model, stage, base.command, 'CARGO_BUILD_TARGET') ?? null;
  base = { ...base, target, static: isStatic, staticAt: isStatic ? base.command.instruction : null };
  if (argv[1] === 'install') {
    const root =
      optionValue(argv, '--root') ??
      commandVariable(model, stage, base.command, 'CARGO_INSTALL_ROOT') ??
      commandVariable(model, stage, base.command, 'CARGO_HOME') ??
      '/usr/local/cargo';
    return { ...base, artifacts: root.includes('$') ? [] : [`${resolvePath(base.dir, root)}/bin/*`] };
  }
  const output = cargoOutput(model, stage, base.build);
  if (output.outputDir.includes('$') || output.targetDir.includes('$')) return base;
  return { ...base, artifacts: [`${output.outputDir}/*`], outputDir: output.targetDir };
}

/**
 * A Rust build is static for a musl target (every value a `case` may give the triple), or on a musl
 * toolchain without one. A triple computed at build time that names no C library
 * (`$(rustc -vV | sed -n 's/^host: //p')`) is the toolchain's own host, so its image decides.
 */
function cargoStatic(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  const triple = optionValue(build.command.argv, '--target') ?? commandVariable(model, stage, build.command, 'CARGO_BUILD_TARGET');
  const muslToolchain = () => classifyImage(rootImage(model, stage) ?? { name: '', tag: null }).libc === 'musl';
  if (triple === undefined) return muslToolchain();
  return wordValues(stage, build.command, triple).every(
    (value) => value.includes('musl') || (value.includes('$') && !/gnu|msvc|darwin|apple|windows|wasm/.test(value) && muslToolchain()),
  );
}

/** The value of `--name X` or `--name=X` in argv (the first given). */
export function optionValue(argv: readonly string[], ...names: string[]): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    for (const name of names) {
      if (word === name && argv[i + 1] !== undefined) return argv[i + 1];
      if (word.startsWith(name + '=')) return word.slice(name.length + 1);
    }
  }
  return undefined;
}

/** Every value of a repeatable option: `-r a.txt -r b.txt`, `--requirement=c.txt`, `-rd.txt`. */
export function optionValues(argv: readonly string[], short: string, long: string): string[] {
  const values: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if ((word === short || word === long) && argv[i + 1] !== undefined) values.push(argv[++i]!);
    else if (word.startsWith(long + '=')) values.push(word.slice(long.length + 1));
    else if (word.startsWith(short) && word.length > short.length && !word.startsWith('--')) values.push(word.slice(short.length));
  }
  return values;
}

/** A variable as a build sees it (inline, exported earlier in the RUN, else ENV/ARG in force): see commandVariable. */
export const buildSetting = commandVariable;

export interface CargoOutput {
  build: BuildCommand;
  /** `<workdir>/target` or CARGO_TARGET_DIR / --target-dir. */
  targetDir: string;
  /** The target triple as written (`x86_64-unknown-linux-musl`, `$TRIPLE`), or null for the host's. */
  triple: string | null;
  /** Where the binaries land: `<targetDir>/<triple>/<profile>` (a variable triple matches any one folder). */
  outputDir: string;
  /** The triple names a fixed architecture (`x86_64-…`), rather than one derived from the platform. */
  fixedArch: boolean;
  /** The triple comes from the machine the build runs on (`$(uname -m)-…`, directly or through a variable). */
  fromBuildMachine: boolean;
  /** What the triple may be: the word itself, or the values the RUN assigns to its variable. */
  tripleValues: string[];
  /**
   * A `--target` the official rust image does not have (it ships its host's target only) and that no
   * `rustup target add` before the build installs: cargo stops with "can't find crate for `core`".
   */
  targetNotInstalled: boolean;
}

const hasShellValue = (word: string) => /\$|`/.test(word);

/** Values a RUN's script assigns to a shell variable (`triple=…`, each arm of a `case`), via the engine's tokenizer. */
export function shellAssignments(command: Command, name: string): string[] {
  const run = command.instruction;
  const script = [run.text, ...run.heredocs.map((h) => h.body)].join('\n');
  const values: string[] = [];
  for (const token of tokenize(script)) {
    if ('word' in token && token.word.startsWith(name + '=')) values.push(token.word.slice(name.length + 1));
  }
  return values;
}

/** The values a word may take: itself, or what the RUN assigns to the one variable it is made of. */
function wordValues(stage: Stage, command: Command, word: string): string[] {
  const variable = word.match(/^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/);
  const assigned = variable ? shellAssignments(command, variable[1]!) : [];
  return (assigned.length > 0 ? assigned : [word]).flatMap((value) => fileValues(stage, command, value) ?? [value]);
}

/**
 * `$(cat /rust-target)`: the values an earlier RUN of the stage echoes into that file
 * (`case "$TARGETARCH" in amd64) echo x86_64-unknown-linux-musl ;; … esac > /rust-target`), or
 * null where no RUN visibly writes it.
 */
function fileValues(stage: Stage, command: Command, value: string): string[] | null {
  const read = /^(?:\$\(|`)cat\s+([\w./-]+)\s*(?:\)|`)$/.exec(value);
  if (!read) return null;
  const file = read[1]!;
  const writes = new RegExp(`>>?\\s*["']?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?(?![\\w./-])`);
  const values: string[] = [];
  for (const earlier of stage.commands) {
    if (earlier.instruction === command.instruction) break;
    if (!writes.test(earlier.instruction.text)) continue;
    // Single words: a message (`echo "unsupported arch: $TARGETARCH" >&2`) is no value.
    if (earlier.program === 'echo' || earlier.program === 'printf')
      values.push(...earlier.argv.slice(1).filter((w) => !w.startsWith('-') && !/[\s=]/.test(w.replace(/\$\([^()]*\)/g, '$'))));
  }
  return values.length > 0 ? values : null;
}

const FIXED_ARCH = /^(x86_64|aarch64|armv7|i686|arm|riscv64gc|powerpc64le|s390x)-/;

/** Where one `cargo build` writes its binaries. */
function cargoOutput(model: StageModel, stage: Stage, build: BuildCommand): CargoOutput {
  const { argv } = build.command;
  const workdir = commandDir(model, stage, build.command);
  const dir = optionValue(argv, '--target-dir') ?? commandVariable(model, stage, build.command, 'CARGO_TARGET_DIR') ?? 'target';
  const targetDir = resolvePath(workdir, dir);
  // xx-cargo passes `--target $(xx-cargo --print-target-triple)` itself: the target platform's triple.
  const xx = build.command.program === 'xx-cargo' ? '$(xx-cargo --print-target-triple)' : null;
  const triple = optionValue(argv, '--target') ?? xx ?? commandVariable(model, stage, build.command, 'CARGO_BUILD_TARGET') ?? null;
  const profile = argv.includes('--release') || argv.includes('-r') ? 'release' : (optionValue(argv, '--profile') ?? 'debug');
  const outputDir = posix.join(targetDir, ...(triple ? [hasShellValue(triple) ? '*' : triple] : []), profile === 'dev' ? 'debug' : profile);
  // One fixed architecture, whether written out or assigned once to a variable (a `case` on
  // TARGETARCH assigns several: derived from the platform).
  const values = triple === null ? [] : wordValues(stage, build.command, triple);
  const fixedArch = values.length === 1 && !hasShellValue(values[0]!) && FIXED_ARCH.test(values[0]!);
  // `uname -m`, or a triple worked out from BUILDARCH (the build machine's) and not from TARGETARCH.
  const text = build.command.instruction.text;
  const fromBuildMachine =
    values.some((v) => /\buname\b/.test(v)) ||
    (triple !== null &&
      triple.includes('$') &&
      /\$\{?BUILD(ARCH|PLATFORM|OS|VARIANT)\b/.test(text) &&
      !/\$\{?TARGET(ARCH|PLATFORM|OS|VARIANT)\b/.test(text));
  return {
    build,
    targetDir,
    triple,
    outputDir,
    fixedArch,
    fromBuildMachine,
    tripleValues: values,
    targetNotInstalled: targetNotInstalled(model, stage, build, triple),
  };
}

/**
 * Only judged on the official rust image with glibc (Debian) and plain cargo: xx-cargo adds the
 * target itself, and other images (musl cross images, Alpine's musl host) may hold it already.
 */
function targetNotInstalled(model: StageModel, stage: Stage, build: BuildCommand, triple: string | null): boolean {
  if (triple === null || build.command.program !== 'cargo') return false;
  const base = classifyImage(rootImage(model, stage) ?? { name: '', tag: null });
  if (base.family !== 'rust' || base.libc !== 'glibc') return false;
  // A gnu triple on a gnu host may be the host's own: only judge musl and other foreign targets.
  if (wordValues(stage, build.command, triple).every((v) => v.includes('-linux-gnu'))) return false;
  for (const s of [...chain(model, stage)].reverse()) {
    for (const c of s.commands) {
      if (c === build.command) return true;
      if (c.program === 'rustup' && c.argv.includes('target') && c.argv.includes('add')) return false;
      if (c.program === 'rustup' && c.argv.includes('--target')) return false; // rustup toolchain install … --target
    }
  }
  return true;
}

/** Where each `cargo build` of the stage writes its binaries. */
export function cargoOutputs(model: StageModel, stage: Stage): CargoOutput[] {
  return perStage(model, stage, 'cargoOutputs', () =>
    stage.builds.filter((b) => b.tool === 'cargo' && b.command.argv[1] === 'build').map((build) => cargoOutput(model, stage, build)),
  );
}

/** Is `path` the output folder or inside it (a `*` segment matches one folder)? */
export function inOutputDir(path: string, outputDir: string): boolean {
  const want = outputDir.split('/');
  // A command substitution is one segment, whatever slashes it holds: `target/$(cat /rust-target)/release`.
  const have = path.replace(/\$\([^()]*\)/g, (sub) => sub.replaceAll('/', '\u0000')).split('/');
  if (have.length < want.length) return false;
  return want.every((segment, i) => segment === '*' || segment === have[i]);
}

/** Does the build produce a static binary (Go with cgo off, Rust for musl)? Other tools: true. */
export function buildsStatic(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  if (build.tool !== 'go' && build.tool !== 'cargo') return true;
  return buildsInStage(model, stage).find((b) => b.build === build)?.static ?? true;
}

/** A `dotnet publish` that carries the runtime with it (self-contained or native AOT). */
export function publishesSelfContained(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  const { argv } = build.command;
  if (build.tool !== 'dotnet' || argv[1] !== 'publish') return false;
  const property = (name: string) =>
    argv.some((w) => new RegExp(`^(--?|/)p(roperty)?:${name}=true$`, 'i').test(w)) ||
    commandVariable(model, stage, build.command, name)?.toLowerCase() === 'true';
  const sc = optionValue(argv, '--self-contained');
  const flag = argv.includes('--sc') || (argv.includes('--self-contained') && sc !== 'false');
  return flag || property('SelfContained') || property('PublishAot');
}

/**
 * `dotnet publish` with `PublishAot=true` on the command line (or in a variable it reads) in a
 * stage on a .NET SDK image without the native toolchain: only the `-aot` tags carry clang and
 * the zlib headers Native AOT links with, so the publish stops with "Platform linker ('clang' or
 * 'gcc') not found". Not when the chain installs clang or gcc before it; a csproj property is not seen.
 */
export function aotWithoutLinker(model: StageModel, stage: Stage): BuildCommand[] {
  const aot = stage.builds.filter(
    (b) =>
      b.tool === 'dotnet' &&
      b.command.argv[1] === 'publish' &&
      (b.command.argv.some((w) => /^(--?|\/)p(roperty)?:PublishAot=true$/i.test(w)) ||
        commandVariable(model, stage, b.command, 'PublishAot')?.toLowerCase() === 'true'),
  );
  // A publish the RUN may skip (`if [ "$AOT" = true ]; then …`, `|| …`) is not judged.
  const sure = aot.filter((b) => !/(^|[\s;&|(])(if|case|then|else|elif)\s|\|\|/.test(b.command.instruction.text));
  if (sure.length === 0) return [];
  const image = rootImage(model, stage);
  if (!image || image.unresolved || !image.name.startsWith('mcr.microsoft.com/dotnet/sdk')) return [];
  const tag = (image.tag ?? '').toLowerCase();
  if (tag.split(/[-.]/).includes('aot')) return [];
  // PublishAot does nothing before .NET 7.
  const major = /^(\d+)\./.exec(tag);
  if (major && Number(major[1]) < 7) return [];
  // A script run before the publish (`./install-deps.sh`) may install anything.
  const scripted = chain(model, stage).some((s) =>
    s.commands.some(
      (c) => (c.argv[0] ?? '').endsWith('.sh') || (/^(ba|da|z)?sh$/.test(c.program) && c.argv.slice(1).some((w) => /\.sh$/.test(w))),
    ),
  );
  if (scripted) return [];
  const linker = installedPackages(model, stage).find((p) => /^(clang|gcc|build-essential|llvm)(-\d+)?$/.test(p.pkg));
  if (!linker) return sure;
  // A linker installed in this stage counts only before the publish.
  return linker.stage !== stage
    ? []
    : sure.filter((b) => b.command.instruction.span.start.line < linker.install.command.instruction.span.start.line);
}

/** `dotnet publish -o DIR`: the output folder (absolute), or null when not given. */
export function publishOutput(model: StageModel, stage: Stage, build: BuildCommand): string | null {
  if (build.command.argv[1] !== 'publish') return null;
  const out = optionValue(build.command.argv, '-o', '--output');
  return out ? resolvePath(commandDir(model, stage, build.command), out) : null;
}

/**
 * The assembly a `dotnet publish` of a named project makes (`Catalog.Api/Catalog.Api.csproj` →
 * `Catalog.Api.dll`), by the project file's name; null when no project is named (or by a variable).
 * A project may set another AssemblyName: callers say so.
 */
export function publishedAssembly(build: BuildCommand): string | null {
  const argv = build.command.argv;
  if (build.tool !== 'dotnet' || argv[1] !== 'publish') return null;
  // `-p:AssemblyName=catalog` (or /p:, --property:) names the assembly whatever the project is called.
  const named = argv.map((w) => /^(?:-|\/|--)p(?:roperty)?:AssemblyName=(.+)$/i.exec(w)?.[1]).find((v) => v !== undefined);
  if (named !== undefined) return named.includes('$') ? null : `${named.replace(/^["']|["']$/g, '')}.dll`;
  const project = argv.slice(2).find((w) => /\.(csproj|fsproj|vbproj)$/i.test(w) && !w.includes('$'));
  return project ? `${posix.basename(project).replace(/\.[a-z]+proj$/i, '')}.dll` : null;
}

/** `jlink … --output DIR` in the stage's chain: folders holding a custom Java runtime. */
export function jlinkOutputs(model: StageModel, stage: Stage): string[] {
  return chain(model, stage)
    .flatMap((s) => s.commands.filter((c) => c.program === 'jlink').map((c) => ({ s, c })))
    .flatMap(({ s, c }) => {
      const out = optionValue(c.argv, '--output');
      return out ? [resolvePath(commandDir(model, s, c), out)] : [];
    });
}

/** Does `path` match an artifact pattern (a `*` stands for any name within one folder)? */
export function matchesArtifact(path: string, pattern: string): boolean {
  if (!pattern.includes('*')) return path === pattern;
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return re.test(path);
}
