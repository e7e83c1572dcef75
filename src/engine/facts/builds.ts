// Builds: which tool, which language, the artifact paths each build writes, and whether a
// binary is static (Go with cgo off, Rust for a musl target).
import type { BuildCommand, Command, Instruction, Stage, StageModel } from '../types';
import { classifyImage, type Language } from '../images';
import { chain, rootImage } from './stages';
import { commandDir, resolvePath } from './paths';
import { commandVariable, variableSource, wordValues } from './vars';
import { perStage } from './memo';

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
  go: 'go', cargo: 'rust', rustc: 'rust', dotnet: 'dotnet', mvn: 'java', gradle: 'java', javac: 'java',
  npm: 'node', yarn: 'node', pnpm: 'node', tsc: 'node', gcc: 'c', 'g++': 'c', cc: 'c', 'c++': 'c', clang: 'c', 'clang++': 'c', make: 'c', cmake: 'c',
};

/** The stage's own builds, in order. */
export function buildsInStage(model: StageModel, stage: Stage): Build[] {
  return perStage(model, stage, 'buildsInStage', () => stage.builds.map((build) => describe(model, stage, build)));
}

/** Builds of the stage and the stages it is written FROM. */
export function buildsThrough(model: StageModel, stage: Stage): Build[] {
  return perStage(model, stage, 'buildsThrough', () => chain(model, stage).flatMap((s) => buildsInStage(model, s)));
}

/** Every build of the file, in stage order. */
export function allBuilds(model: StageModel): Build[] {
  return model.stages.flatMap((s) => buildsInStage(model, s));
}

function describe(model: StageModel, stage: Stage, build: BuildCommand): Build {
  const { command, tool } = build;
  const dir = commandDir(model, stage, command);
  const base: Build = {
    build, command, stage, tool, language: LANGUAGES[tool] ?? null, dir, artifacts: [], outputDir: null, static: null, staticAt: null, target: null, toolInstall: false,
  };
  switch (tool) {
    case 'go':
      return goBuild(model, stage, base);
    case 'cargo':
      return cargoBuild(model, stage, base);
    case 'dotnet': {
      const out = option(command.argv, ['-o', '--output']);
      if (command.argv[1] === 'publish' && out && !out.includes('$')) {
        const folder = resolvePath(dir, out);
        return { ...base, artifacts: [`${folder}/*`], outputDir: folder };
      }
      return base;
    }
    case 'mvn': {
      const pom = option(command.argv, ['-f', '--file']);
      const project = pom && !pom.includes('$') ? resolvePath(dir, pom.endsWith('.xml') ? `${pom}/..` : pom) : dir;
      return { ...base, artifacts: [`${project}/target/*.jar`, `${project}/target/*.war`] };
    }
    case 'gradle': {
      const project = option(command.argv, ['-p', '--project-dir']);
      const root = project && !project.includes('$') ? resolvePath(dir, project) : dir;
      return { ...base, artifacts: [`${root}/build/libs/*.jar`] };
    }
    case 'tsc':
    case 'npm':
    case 'yarn':
    case 'pnpm': {
      const out = option(command.argv, ['--outDir', '--out-dir', '--outdir']);
      return out && !out.includes('$') ? { ...base, artifacts: [`${resolvePath(dir, out)}/*`] } : base;
    }
    default:
      return base;
  }
}

function goBuild(model: StageModel, stage: Stage, base: Build): Build {
  const argv = base.command.argv;
  const toolInstall = argv[1] === 'install' && argv.slice(2).some((a) => !a.startsWith('-') && a.includes('@'));
  const staticAt = goStaticAt(model, stage, base.command);
  const go = { ...base, toolInstall, static: staticAt !== null, staticAt };
  if (argv[1] === 'install') {
    const gobin = commandVariable(model, stage, base.command, 'GOBIN') ?? `${commandVariable(model, stage, base.command, 'GOPATH') ?? '/go'}/bin`;
    return { ...go, artifacts: gobin.includes('$') ? [] : [`${gobin}/*`] };
  }
  const out = option(argv, ['-o']);
  if (out === null) return { ...go, artifacts: [`${base.dir}/*`] };
  if (out.includes('$')) return go;
  const path = resolvePath(base.dir, out);
  // `-o /out/` (or several packages) writes into a folder.
  const folder = out.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/')) || '/';
  return { ...go, artifacts: [out.endsWith('/') ? `${path}/*` : path], outputDir: folder === base.dir || folder === '/' ? null : folder };
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
  const run = command.instruction;
  const argv = command.argv.join(' ');
  if (/-extldflags[= ]+['"]?[^'"]*-static/.test(argv) || (/\bnetgo\b/.test(argv) && /\bosusergo\b/.test(argv))) return run;
  if (command.env.CGO_ENABLED !== undefined) return command.env.CGO_ENABLED === '0' ? run : null;
  // `export CGO_ENABLED=0` or `go env -w CGO_ENABLED=0` earlier in the same RUN.
  const sameRun = stage.commands.slice(0, stage.commands.indexOf(command)).filter((c) => c.instruction === run);
  for (const c of sameRun.reverse()) {
    const set = c.argv.find((w) => w.startsWith('CGO_ENABLED='));
    if (set && (c.program === 'export' || (c.program === 'go' && c.argv[1] === 'env'))) return set === 'CGO_ENABLED=0' ? run : null;
  }
  const source = variableSource(model, stage, run, 'CGO_ENABLED') ?? goEnvSetting(model, stage, command);
  return source?.value === '0' ? source.at : null;
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
  const target = option(argv, ['--target']) ?? commandVariable(model, stage, base.command, 'CARGO_BUILD_TARGET') ?? null;
  const alpine = classifyImage(rootImage(model, stage) ?? { name: '', tag: null }).libc === 'musl';
  // `--target "$triple"` takes what the RUN assigns (`triple=…-musl`, each arm of a case); a value
  // the file does not show (`$(uname -m)-…`) counts by what is written.
  const triples = target === null ? [] : wordValues(model, stage, base.command, target);
  const isStatic = target === null ? alpine : triples.every((t) => t.includes('musl') || (t.includes('$') && !/gnu/.test(t)));
  base = { ...base, staticAt: isStatic ? base.command.instruction : null };
  if (argv[1] === 'install') {
    const root = option(argv, ['--root']) ?? commandVariable(model, stage, base.command, 'CARGO_INSTALL_ROOT') ?? commandVariable(model, stage, base.command, 'CARGO_HOME') ?? '/usr/local/cargo';
    return { ...base, target, static: isStatic, artifacts: root.includes('$') ? [] : [`${resolvePath(base.dir, root)}/bin/*`] };
  }
  const targetDir = option(argv, ['--target-dir']) ?? commandVariable(model, stage, base.command, 'CARGO_TARGET_DIR') ?? 'target';
  const profile = argv.includes('--release') || argv.includes('-r') ? 'release' : (option(argv, ['--profile']) ?? 'debug');
  if (targetDir.includes('$') || profile.includes('$')) return { ...base, target, static: isStatic };
  // A triple the file does not spell out is one folder whose name is unknown (`*`).
  const triple = target === null ? '' : target.includes('$') || target.includes('`') ? '*/' : `${target}/`;
  const folder = resolvePath(base.dir, `${targetDir}/${triple}${profile === 'dev' ? 'debug' : profile}`);
  return { ...base, target, static: isStatic, artifacts: [`${folder}/*`], outputDir: resolvePath(base.dir, targetDir) };
}

/** The value of `-o X`, `-o=X`, `--output X`, `--output=X` (the last one given); null when absent. */
export function option(argv: readonly string[], names: readonly string[]): string | null {
  let value: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    for (const name of names) {
      if (word === name && argv[i + 1] !== undefined) value = argv[i + 1]!;
      else if (word.startsWith(`${name}=`)) value = word.slice(name.length + 1);
    }
  }
  return value;
}

/** Does `path` match an artifact pattern (a `*` stands for any name within one folder)? */
export function matchesArtifact(path: string, pattern: string): boolean {
  if (!pattern.includes('*')) return path === pattern;
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return re.test(path);
}

const FIXED_ARCH = /^(x86_64|aarch64|armv7|i686|arm|riscv64gc|powerpc64le|s390x)-/;

/** A cargo `--target` that names one fixed architecture (written out, or assigned once in the RUN), else null. */
export function fixedArchTarget(model: StageModel, build: Build): string | null {
  if (build.tool !== 'cargo' || build.target === null) return null;
  const values = wordValues(model, build.stage, build.command, build.target);
  return values.length === 1 && !/[$`]/.test(values[0]!) && FIXED_ARCH.test(values[0]!) ? values[0]! : null;
}

/** A `dotnet publish` that carries the .NET runtime with it: self-contained or native AOT. */
export function selfContainedPublish(model: StageModel, build: Build): boolean {
  const argv = build.command.argv;
  if (build.tool !== 'dotnet' || argv[1] !== 'publish') return false;
  const property = (name: string) =>
    argv.some((w) => new RegExp(`^[-/]p(roperty)?:${name}=true$`, 'i').test(w)) || commandVariable(model, build.stage, build.command, name)?.toLowerCase() === 'true';
  return argv.includes('--sc') || (argv.includes('--self-contained') && option(argv, ['--self-contained']) !== 'false') || property('SelfContained') || property('PublishAot');
}

/** Folders `jlink --output DIR` fills with a custom Java runtime, through the stage's chain. */
export function jlinkOutputs(model: StageModel, stage: Stage): string[] {
  return perStage(model, stage, 'jlinkOutputs', () =>
    chain(model, stage).flatMap((s) =>
      s.commands.filter((c) => c.program === 'jlink').flatMap((c) => {
        const out = option(c.argv, ['--output']);
        return out && !out.includes('$') ? [resolvePath(commandDir(model, s, c), out)] : [];
      }),
    ),
  );
}
