// Builds: what a build command produces and how. Cargo's output folder (target/<triple>/<profile>),
// whether a Go or Rust binary is static, a .NET publish's output and whether it is self-contained,
// a jlink runtime's folder.
import { posix } from 'node:path';
import { chain, rootImage, variableAt } from '../query';
import { tokenize } from '../shell';
import type { BuildCommand, Command, Stage, StageModel } from '../types';
import { isMusl } from './families';
import { commandDir, workdirAt } from './paths';

/** The value of `--name X` or `--name=X` in argv. */
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

/** A variable as a build sees it: inline `VAR=value`, an `export` earlier in the RUN, else ENV/ARG in force. */
export function buildSetting(model: StageModel, stage: Stage, command: Command, name: string): string | undefined {
  return command.env[name] ?? exported(stage, command, name) ?? variableAt(model, stage, command.instruction, name);
}

/** `export NAME=value` earlier in the same RUN. */
function exported(stage: Stage, command: Command, name: string): string | undefined {
  let value: string | undefined;
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.instruction !== command.instruction) continue;
    if (c.program === 'export') for (const word of c.argv.slice(1)) if (word.startsWith(name + '=')) value = word.slice(name.length + 1);
    // `go env -w CGO_ENABLED=0` in any earlier RUN writes Go's own settings file.
  }
  return value ?? goEnvWritten(stage, command, name);
}

/** `go env -w NAME=value` run before the command in the stage. */
function goEnvWritten(stage: Stage, command: Command, name: string): string | undefined {
  let value: string | undefined;
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.program === 'go' && c.argv[1] === 'env' && c.argv.includes('-w')) {
      for (const word of c.argv) if (word.startsWith(name + '=')) value = word.slice(name.length + 1);
    }
  }
  return value;
}

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

/** The values a word may take: itself, or what the RUN (else an ARG/ENV) gives the one variable it is made of. */
function wordValues(model: StageModel, stage: Stage, command: Command, word: string): string[] {
  const variable = word.match(/^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/);
  if (!variable) return [word];
  const assigned = shellAssignments(command, variable[1]!);
  if (assigned.length > 0) return assigned;
  const setting = buildSetting(model, stage, command, variable[1]!);
  return [setting === undefined || setting === '' ? word : setting];
}

const FIXED_ARCH = /^(x86_64|aarch64|armv7|i686|arm|riscv64gc|powerpc64le|s390x)-/;

/** Where each `cargo build` of the stage writes its binaries. */
export function cargoOutputs(model: StageModel, stage: Stage): CargoOutput[] {
  return stage.builds
    .filter((b) => b.tool === 'cargo' && b.command.argv[1] === 'build')
    .map((build) => {
      const { argv } = build.command;
      const workdir = commandDir(model, stage, build.command);
      const dir = optionValue(argv, '--target-dir') ?? buildSetting(model, stage, build.command, 'CARGO_TARGET_DIR') ?? 'target';
      const targetDir = posix.normalize(posix.isAbsolute(dir) ? dir : posix.join(workdir, dir));
      const triple = optionValue(argv, '--target') ?? buildSetting(model, stage, build.command, 'CARGO_BUILD_TARGET') ?? null;
      const profile = argv.includes('--release') || argv.includes('-r') ? 'release' : (optionValue(argv, '--profile') ?? 'debug');
      const outputDir = posix.join(targetDir, ...(triple ? [hasShellValue(triple) ? '*' : triple] : []), profile === 'dev' ? 'debug' : profile);
      // One fixed architecture, whether written out or assigned once to a variable (a `case` on
      // TARGETARCH assigns several: derived from the platform).
      const values = triple === null ? [] : wordValues(model, stage, build.command, triple);
      const fixedArch = values.length === 1 && !hasShellValue(values[0]!) && FIXED_ARCH.test(values[0]!);
      return { build, targetDir, triple, outputDir, fixedArch };
    });
}

/** Is `path` the output folder or inside it (a `*` segment matches one folder)? */
export function inOutputDir(path: string, outputDir: string): boolean {
  const want = outputDir.split('/');
  const have = path.split('/');
  if (have.length < want.length) return false;
  return want.every((segment, i) => segment === '*' || segment === have[i]);
}

/** Does the Rust or Go build produce a static binary (musl target or musl toolchain; CGO_ENABLED=0)? */
export function buildsStatic(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  const { tool, command } = build;
  if (tool === 'go') return buildSetting(model, stage, command, 'CGO_ENABLED') === '0';
  if (tool === 'cargo') {
    const triple = optionValue(command.argv, '--target') ?? buildSetting(model, stage, command, 'CARGO_BUILD_TARGET');
    if (triple === undefined) return isMusl(rootImage(model, stage));
    // A triple that stays a shell value (`$(…)`, an unset variable) cannot be judged: not proven wrong.
    return wordValues(model, stage, command, triple).every((value) => value.includes('musl') || hasShellValue(value));
  }
  return true;
}

/** A `dotnet publish` that carries the runtime with it (self-contained or native AOT). */
export function publishesSelfContained(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  const { argv } = build.command;
  if (build.tool !== 'dotnet' || argv[1] !== 'publish') return false;
  const property = (name: string) =>
    argv.some((w) => new RegExp(`^[-/]p(roperty)?:${name}=true$`, 'i').test(w)) ||
    buildSetting(model, stage, build.command, name)?.toLowerCase() === 'true';
  const sc = optionValue(argv, '--self-contained');
  const flag = argv.includes('--sc') || (argv.includes('--self-contained') && sc !== 'false');
  return flag || property('SelfContained') || property('PublishAot');
}

/** `dotnet publish -o DIR`: the output folder (absolute), or null when not given. */
export function publishOutput(model: StageModel, stage: Stage, build: BuildCommand): string | null {
  const out = optionValue(build.command.argv, '-o', '--output');
  if (!out) return null;
  return posix.normalize(posix.isAbsolute(out) ? out : posix.join(workdirAt(model, stage, build.command.instruction), out));
}

/** `jlink … --output DIR` in the stage: folders holding a custom Java runtime. */
export function jlinkOutputs(model: StageModel, stage: Stage): string[] {
  return chain(model, stage)
    .flatMap((s) => s.commands.filter((c) => c.program === 'jlink').map((c) => ({ s, c })))
    .map(({ s, c }) => {
      const out = optionValue(c.argv, '--output');
      if (!out) return null;
      return posix.normalize(posix.isAbsolute(out) ? out : posix.join(workdirAt(model, s, c.instruction), out));
    })
    .filter((p): p is string => p !== null);
}
