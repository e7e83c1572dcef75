// Copies: resolved source and landing paths, and what a copy carries (an artifact, a whole
// stage, a stage's source tree, node_modules); what a stage provably holds (MS025).
import { posix } from 'node:path';
import type { Command, CopyStep, ImageRef, Instruction, Span, Stage, StageModel } from '../types';
import { unquote } from '../vars';
import { chain, referencedStage, rootIsScratch } from './stages';
import { commandDir, effectiveWorkdir, fromRoot, isWithin, mountsOf, resolvePath, runScratchMounts, workdirAt } from './paths';
import { buildsInStage, buildsThrough, jlinkOutputs, matchesArtifact } from './builds';
import { classifyImage } from '../images';
import { baseClass } from './images';
import { carriesNodeModules, onlyManifestsFor } from './dependencies';
import { perStage } from './memo';
import { expandAt } from './vars';

/** What a COPY --from brings: a whole filesystem, the source stage's tree (sources and all), node_modules, a build's artifact, or some other path. */
export type Carries = 'whole-stage' | 'source-tree' | 'node_modules' | 'artifact' | 'path';

export interface CopyFact {
  copy: CopyStep;
  /** The stage that holds the COPY (the stage itself or one in its chain). */
  into: Stage;
  /** The stage copied from (a name or an index), else null. */
  source: Stage | null;
  /** The external image copied from, else null. */
  image: ImageRef | null;
  /** Source paths: absolute from the other stage's root with --from; as written for the context. */
  sources: string[];
  /** The destination, absolute (resolved against the WORKDIR at the COPY). */
  dest: string;
  /** Where files may land: the destination and destination/basename of each source. */
  landing: string[];
  readonly carries: Carries;
}

/** Sources that, with --from, mean the whole filesystem of the stage. */
export const WHOLE_STAGE_SOURCES: ReadonlySet<string> = new Set(['/', '/.', '/*', '.', './', './*', '*']);

/** The stage's own COPY/ADD steps, resolved. */
export function copiesInStage(model: StageModel, stage: Stage): CopyFact[] {
  if (stage.copies.length === 0) return NO_COPIES;
  return perStage(model, stage, 'copiesInStage', () => stage.copies.map((copy) => describe(model, stage, copy)));
}

/** COPY/ADD steps of a stage and the stages it is written FROM. */
export function copiesInto(model: StageModel, stage: Stage): CopyFact[] {
  if (stage.parent === null) return copiesInStage(model, stage);
  return perStage(model, stage, 'copiesInto', () => chain(model, stage).flatMap((s) => copiesInStage(model, s)));
}

const NO_COPIES: CopyFact[] = [];

/** A COPY --from=<stage> step that names its stage. */
export type StageCopy = CopyFact & { source: Stage };

/** COPY --from=<name> steps of a stage and the stages it is written FROM (an index is MS003's: BuildKit resolves it, a goal does not count it). */
export function stageCopies(model: StageModel, stage: Stage): StageCopy[] {
  return perStage(model, stage, 'stageCopies', () =>
    copiesInto(model, stage).filter((c): c is StageCopy => c.source !== null && c.copy.from?.target.kind === 'stage'),
  );
}

/** A copy of a whole filesystem (`/`, `.`, `*` … with --from). */
export function copiesWholeFilesystem(copy: CopyStep): boolean {
  return copy.sources.some((s) => WHOLE_STAGE_SOURCES.has(s.trim()));
}

/** Where a copy's files may land: the destination, and destination/basename of each source. */
export function landingPaths(_model: StageModel, step: CopyFact): string[] {
  return step.landing;
}

/**
 * The working folders of the source stage's builds (and JS dependency installs) that a copy takes
 * whole: copying `/app` from a stage that ran `npm run build` in `/app` ships its sources,
 * node_modules and all, not the build output.
 */
export function carriedWorkdirs(model: StageModel, step: StageCopy): string[] {
  const dirs = new Set<string>();
  for (const s of chain(model, step.source)) {
    for (const b of s.builds) dirs.add(workdirAt(model, s, b.command.instruction));
    for (const d of s.dependencyInstalls) {
      if (!['npm', 'yarn', 'pnpm'].includes(d.tool)) continue;
      // A deps stage that holds only the manifests and node_modules: its folder is what it made.
      if (depsOnly(model, step.source, s, d.command)) continue;
      dirs.add(workdirAt(model, s, d.command.instruction));
    }
  }
  dirs.delete('/');
  const sources = step.copy.sources.map(wholeFolder);
  return [...dirs].filter((dir) => sources.some((src) => src !== '/' && isWithin(dir, [src])));
}

/** A folder the chain makes (WORKDIR, mkdir, a COPY into it) or its base image may have: a build writes into it, not over it. */
function folderMade(model: StageModel, stage: Stage, folder: string): boolean {
  if (STANDARD_ROOTS.has(folder.split('/')[1] ?? '') && folder.split('/').length <= 2) return true;
  return chain(model, stage).some(
    (s) =>
      [...s.workdirAt.values()].some((w) => isWithin(w, [folder])) ||
      s.commands.some(
        (c) =>
          (c.program === 'mkdir' || c.program === 'install') &&
          c.argv.some((w) => resolvePath(workdirAt(model, s, c.instruction), w) === folder),
      ) ||
      copiesInStage(model, s).some((c) => isWithin(c.dest, [folder]) && c.dest !== folder),
  );
}

/** The install had only manifests to read, and nothing is copied or built after it in the chain. */
function depsOnly(model: StageModel, source: Stage, stage: Stage, command: Command): boolean {
  const stages = chain(model, source);
  if (stages.some((s) => s.builds.length > 0)) return false;
  const after = command.instruction.span.end.line;
  if (stages.some((s) => s.copies.some((c) => c.instruction.span.start.line > after))) return false;
  return onlyManifestsFor(model, stage, command);
}

/** A --from source from the root, with `/app/*` and `/app/.` read as `/app`: they take everything in it. */
function wholeFolder(source: string): string {
  return fromRoot(source).replace(/\/(\*|\.)$/, '') || '/';
}

const JS_OUTPUT_FOLDERS = new Set(['dist', 'build', 'out', 'lib']);
// Commands that name a folder without writing a file into it.
const NOT_WRITING = new Set(['mkdir', 'chmod', 'chown', 'rm', 'ls', 'cd', 'test', '[', 'echo', 'cat', 'stat', 'find', 'du', 'export']);

const JAVA_HOMES = ['/opt/java', '/usr/lib/jvm', '/usr/local/openjdk', '/opt/openjdk', '/usr/java'];

/** A COPY --from a JDK (an image, or a stage on one) of a Java home: the compiler comes along. */
export function copiesJdk(model: StageModel, copy: CopyStep): boolean {
  if (!copy.from) return false;
  const target = copy.from.target;
  const source = referencedStage(model, copy.from);
  let onJdk = false;
  let jlinked: string[] = [];
  if (target.kind === 'image') onJdk = classifyImage(target.image).variant === 'jdk';
  if (source) {
    onJdk = baseClass(model, source)?.variant === 'jdk';
    jlinked = jlinkOutputs(model, source);
  }
  if (!onJdk) return false;
  return copy.sources
    .map(fromRoot)
    .some(
      (src) =>
        !isWithin(src, jlinked) &&
        (isWithin(src, JAVA_HOMES) || JAVA_HOMES.some((home) => isWithin(home, [src])) || /\$\{?JAVA_HOME/.test(src)),
    );
}

// Where the official toolchain images keep their compilers (rust: cargo and rustup; golang: go).
const TOOLCHAIN_HOMES: Readonly<Record<string, string>> = {
  '/usr/local/cargo': 'Rust (cargo)',
  '/usr/local/rustup': 'Rust (rustup)',
  '/root/.cargo': 'Rust (cargo)',
  '/root/.rustup': 'Rust (rustup)',
  '/usr/local/go': 'Go',
};

/**
 * The compiler toolchain a COPY --from brings, or null: a toolchain home of the rust or golang
 * images (or a folder holding one, like `/usr/local`) copied from a toolchain image or a stage on one.
 */
export function copiedToolchain(model: StageModel, copy: CopyStep): string | null {
  if (!copy.from) return null;
  const target = copy.from.target;
  const source = referencedStage(model, copy.from);
  const onToolchain = source
    ? (baseClass(model, source)?.toolchain ?? false)
    : target.kind === 'image' && classifyImage(target.image).toolchain;
  if (!onToolchain) return null;
  for (const src of copy.sources.map(fromRoot)) {
    if (WHOLE_STAGE_SOURCES.has(src)) continue; // the whole filesystem is MS010's
    // A program `cargo install` or `go install` put in the home's bin/ is an artifact, not the toolchain.
    for (const [home, name] of Object.entries(TOOLCHAIN_HOMES))
      if (isWithin(home, [src]) || (isWithin(src, [home]) && !isWithin(src, [`${home}/bin`]))) return name;
  }
  return null;
}

// Top-level folders every Linux image has (the FHS), and those the toolchain images add.
const STANDARD_ROOTS: ReadonlySet<string> = new Set([
  'bin',
  'boot',
  'dev',
  'etc',
  'home',
  'lib',
  'lib32',
  'lib64',
  'libx32',
  'media',
  'mnt',
  'opt',
  'proc',
  'root',
  'run',
  'sbin',
  'srv',
  'sys',
  'tmp',
  'usr',
  'var',
  'go',
]);

/**
 * A `COPY --from=<stage>` source the stage has no reason to hold, and why; null when it may be
 * there. Two readings, both short of MS025's proof (a RUN script could still make the path):
 * a file named as a build's output but in another folder than the build writes it (`/src/app`
 * when `go build -o /out/app`), and a path under a top-level folder that neither the base image
 * (a known family) nor anything in the stage's chain names (`/src/…` in a stage working in /app).
 */
/** The cache or tmpfs mount target of a RUN in the chain that `path` lies under, if any. */
function cacheMountOver(model: StageModel, source: Stage, path: string): string | null {
  for (const s of chain(model, source)) {
    for (const run of s.instructions) {
      if (run.keyword !== 'RUN') continue;
      const mount = runScratchMounts(model, s, run).find((m) => m !== '/' && isWithin(path, [m]));
      if (mount) return mount;
    }
  }
  return null;
}

/** Where the RUN's bind mounts sit (`--mount=type=bind,target=.`; bind is the default type). */
function bindTargets(model: StageModel, stage: Stage, run: Instruction): string[] {
  return mountsOf(model, stage, run).flatMap((m) => (m.type === 'bind' && m.target ? [m.target] : []));
}

/** The text names the absolute folder `root` (`/web`, `/web/dist`), not a path that ends in it (`/src/web`). */
function mentionsPath(text: string, root: string): boolean {
  for (let at = text.indexOf(root); at !== -1; at = text.indexOf(root, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + root.length] ?? '';
    if (!/[\w./$}-]/.test(before) && !/[\w.-]/.test(after)) return true;
  }
  return false;
}

export function unlikelyCopySource(
  model: StageModel,
  step: StageCopy,
  path: string,
): { why: 'not-built' | 'no-such-folder' | 'cache-mount' | 'bind-mount'; detail: string; folder?: string } | null {
  if (path.includes('$') || WHOLE_STAGE_SOURCES.has(path)) return null;
  const source = step.source;
  if (/[*?[]/.test(path)) {
    // A pattern is judged only by the folder before its first wildcard, and only for a cache mount:
    // `target/*-linux-musl/release/app` under `--mount=type=cache,target=/src/target` is not there.
    const fixed = path.slice(0, path.search(/[*?[]/)).replace(/\/[^/]*$/, '') || '/';
    const mount = cacheMountOver(model, source, fixed);
    return mount ? { why: 'cache-mount', detail: mount } : null;
  }
  const builds = chain(model, source)
    .flatMap((s) => buildsInStage(model, s))
    .filter((b) => !b.toolInstall && b.artifacts.length > 0);
  // Where cp, mv, install or ln put files in the source chain: those paths exist too.
  const moved = chain(model, source).flatMap((s) =>
    s.commands
      .filter((c) => ['cp', 'mv', 'install', 'ln'].includes(c.program) && c.argv.length > 2)
      .map((c) => resolvePath(commandDir(model, s, c), c.argv.at(-1)!)),
  );
  if (moved.some((m) => m === path || isWithin(path, [m]) || isWithin(m, [path]))) return null;
  // `mv target/*.jar target/app.jar` renames the jar: the old name is gone.
  const renamed = chain(model, source)
    .flatMap((s) => s.commands.filter((c) => c.program === 'mv' && c.argv.length === 3).map((c) => ({ s, c })))
    .find(({ s, c }) => {
      const from = resolvePath(commandDir(model, s, c), c.argv[1]!);
      return !from.includes('$') && matchesArtifact(path, from) && !posix.basename(c.argv[2]!).includes('*');
    });
  if (renamed) return { why: 'not-built', detail: resolvePath(commandDir(model, renamed.s, renamed.c), renamed.c.argv[2]!) };
  // Written under a cache or tmpfs mount: the files stayed in the cache, not in the stage.
  const mount = cacheMountOver(model, source, path);
  if (mount) return { why: 'cache-mount', detail: mount };
  // A build that wrote this path inside a bind mount of its own RUN: read-only by default, and
  // even with `rw` BuildKit throws the writes away when the RUN ends.
  for (const b of builds) {
    if (!b.artifacts.some((a) => matchesArtifact(path, a) || a.startsWith(`${path}/`))) continue;
    const bound = bindTargets(model, b.stage, b.command.instruction).find((t) => t !== '/' && b.artifacts.some((a) => isWithin(a, [t])));
    if (bound) return { why: 'bind-mount', detail: bound };
  }
  const produced = builds.some((b) =>
    b.artifacts.some((a) => matchesArtifact(path, a) || a.startsWith(`${path}/`) || (a.endsWith('/*') && isWithin(path, [a.slice(0, -2)]))),
  );
  if (produced) return null;
  // cargo writes its binaries to <target-dir>/[<triple>/]<profile>/, never right in the target folder.
  // A JavaScript build told its output folder (`--outDir build`) does not also write the usual other ones (dist, out, lib).
  const jsOut = builds.find((b) => {
    if (!['tsc', 'npm', 'yarn', 'pnpm'].includes(b.tool) || b.artifacts.length !== 1 || !b.artifacts[0]!.endsWith('/*')) return false;
    const out = posix.dirname(b.artifacts[0]!);
    const sibling = path.split('/').slice(0, out.split('/').length).join('/');
    return sibling !== out && posix.dirname(sibling) === posix.dirname(out) && JS_OUTPUT_FOLDERS.has(posix.basename(sibling));
  });
  if (jsOut) return { why: 'not-built', detail: jsOut.artifacts[0]! };
  // `go build -o /out` where /out is no folder yet writes a file named /out: nothing is under it.
  const goFile = builds
    .filter((b) => b.tool === 'go')
    .flatMap((b) => b.artifacts)
    .find((a) => !a.endsWith('/*') && isWithin(path, [a]) && path !== a && !folderMade(model, source, a));
  if (goFile) return { why: 'not-built', detail: goFile };
  const cargos = builds.filter((b) => b.tool === 'cargo' && b.outputDir !== null && !b.outputDir.includes('$'));
  const cargo = cargos.find((b) => posix.dirname(path) === b.outputDir);
  if (cargo) return { why: 'not-built', detail: cargo.artifacts[0]! };
  // A cargo output path (`…/target/release/app`) where every cargo build of the chain wrote elsewhere (`--target-dir /out`).
  if (
    cargos.length > 0 &&
    /\/target\/(?:[^/]+\/)?(release|debug)\/[^/]+$/.test(path) &&
    cargos.every((b) => !isWithin(path, [b.outputDir!]))
  ) {
    return { why: 'not-built', detail: cargos[0]!.artifacts[0]! };
  }
  // dotnet publish -o DIR writes the publish output to DIR only: bin/<config>/<tfm>/publish is
  // where it would have gone without -o, and is never made.
  if (/\/bin\/[^/]+\/[^/]+\/publish(\/|$)/.test(path)) {
    const publishes = builds.filter((b) => b.tool === 'dotnet' && b.command.argv[1] === 'publish');
    const elsewhere = publishes.find((b) => b.outputDir !== null && !isWithin(path, [b.outputDir]));
    if (elsewhere && publishes.every((b) => b.outputDir !== null)) return { why: 'not-built', detail: elsewhere.outputDir! };
  }
  // A command told to write into a folder above the path (`jar extract --destination /w/extracted`,
  // `unzip -d /opt/app`) may have put it there: no namesake judgement then.
  const writtenDirs = chain(model, source).flatMap((s) =>
    s.commands
      .filter((c) => !NOT_WRITING.has(c.program))
      .flatMap((c) => c.argv.slice(1).map((w) => w.replace(/^-[^=]*=/, '')))
      .filter((w) => w.startsWith('/') && !w.includes('$') && w !== '/'),
  );
  // (A top-level system folder such as /usr or /tmp says nothing about what is in it.)
  if (writtenDirs.some((d) => isWithin(path, [d]) && path !== d && !(d.split('/').length === 2 && STANDARD_ROOTS.has(d.slice(1)))))
    return null;
  // A bare `*` (cargo's release folder, `go build` without -o) names no file: nothing to compare.
  const namedLike = (a: string) => posix.basename(a) !== '*' && matchesArtifact(posix.basename(path), posix.basename(a));
  const namesake = builds.flatMap((b) => b.artifacts).find(namedLike);
  if (namesake) return { why: 'not-built', detail: namesake };
  const parts = path.split('/');
  const top = parts[1] ?? '';
  if (top === '' || rootIsScratch(model, source)) return null;
  const base = baseClass(model, source);
  if (!base || base.family === 'other' || base.family === 'bitnami') return null;
  // /opt and /srv are empty on the official bases but for the Java ones (/opt/java, /opt/gradle):
  // there the folder under them is what nothing may have made (`/opt/venv` where the venv is `/venv`).
  const appFolder = (top === 'opt' || top === 'srv') && parts.length > 2 && parts[2] !== '' && base.language !== 'java';
  if (STANDARD_ROOTS.has(top) && !appFolder) return null;
  const root = appFolder ? `/${top}/${parts[2]}` : `/${top}`;
  const named = chain(model, source).some(
    (s) =>
      [...s.workdirAt.values()].some((w) => isWithin(w, [root])) ||
      (s.workdir !== null && isWithin(s.workdir, [root])) ||
      s.instructions.some((i) => mentionsPath(i.text, root) || i.heredocs.some((h) => mentionsPath(h.body, root))) ||
      copiesInStage(model, s).some((c) => isWithin(c.dest, [root])),
  );
  return named ? null : { why: 'no-such-folder', detail: effectiveWorkdir(model, source), folder: root };
}

function describe(model: StageModel, into: Stage, copy: CopyStep): CopyFact {
  const source = copy.from ? referencedStage(model, copy.from) : null;
  const image = copy.from?.target.kind === 'image' ? copy.from.target.image : null;
  const workdir = workdirAt(model, into, copy.instruction);
  // BuildKit puts ENV and ARG values into COPY's paths: `COPY --from=build /out/app ${APP_BIN}`.
  const expanded = (word: string) => expandAt(model, into, copy.instruction, word);
  const written = copy.dest || '.';
  const dest = resolvePath(workdir, expanded(written));
  const rawSources = copy.sources.map(expanded);
  const sources = copy.from ? rawSources.map(fromRoot) : rawSources;
  const landing = [dest];
  for (const s of rawSources) {
    const name = s.replace(/\/+$/, '').split('/').pop() ?? '';
    if (name && !name.includes('*') && name !== '.' && !/^https?:/.test(s)) landing.push(resolvePath(dest, name));
    else if (/^https?:\/\//.test(s) && copy.dest.endsWith('/')) landing.push(resolvePath(dest, s.split('/').pop() ?? ''));
  }
  // What it carries is asked by few readers: worked out on first read.
  let carries: Carries | undefined;
  return {
    copy,
    into,
    source,
    image,
    sources,
    dest,
    landing,
    get carries() {
      return (carries ??= carriesOf(model, copy, source));
    },
  };
}

function carriesOf(model: StageModel, copy: CopyStep, source: Stage | null): Carries {
  if (!copy.from) return 'path';
  if (copy.sources.some((s) => WHOLE_STAGE_SOURCES.has(s.trim()))) return 'whole-stage';
  if (!source) return 'path';
  const paths = copy.sources.map(wholeFolder);
  // A folder that holds the copied build context (sources, node_modules and all) before node_modules alone.
  if (paths.some((p) => sourceTrees(model, source).some((tree) => isWithin(tree, [p])))) return 'source-tree';
  if (carriesNodeModules(model, source, copy.sources)) return 'node_modules';
  const artifacts = buildsThrough(model, source).flatMap((b) => [...b.artifacts, ...(b.outputDir ? [`${b.outputDir}`] : [])]);
  if (paths.some((p) => artifacts.some((a) => matchesArtifact(p, a) || isWithin(p, [a.replace(/\/\*[^/]*$/, '')])))) return 'artifact';
  return 'path';
}

/** Folders the stage's chain copied the whole build context into (its source trees). */
export function sourceTrees(model: StageModel, stage: Stage): string[] {
  return perStage(model, stage, 'sourceTrees', () =>
    copiesInto(model, stage)
      .filter((c) => c.copy.from === null && c.copy.sources.some((s) => ['.', './', './*', '*'].includes(s.trim())))
      .map((c) => c.dest),
  );
}

export interface StageHoldings {
  /** True when every path the stage holds is known: a `FROM scratch` chain holds exactly what was copied in. */
  complete: boolean;
  /** Paths COPY/ADD and WORKDIR put in the stage's chain (files or folders). */
  paths: string[];
  /** Folders only the stage's builds write, with the artifacts written there. */
  outputs: { dir: string; artifacts: string[] }[];
}

/** What a stage provably holds, for `COPY --from=<stage>` (rules.md MS025). */
export function stageHoldings(model: StageModel, stage: Stage): StageHoldings {
  return perStage(model, stage, 'stageHoldings', () => {
    const stages = chain(model, stage);
    const copies = copiesInto(model, stage);
    const builds = buildsThrough(model, stage);
    // A scratch chain has no shell to RUN with: it holds what COPY/ADD put there, when their destinations are literal.
    const complete =
      rootIsScratch(model, stage) &&
      stages.every((s) => s.instructions.every((i) => i.keyword !== 'RUN' && i.keyword !== 'ONBUILD')) &&
      // A source named by a variable still lands at its destination (or under it, for a folder).
      copies.every((c) => !c.copy.dest.includes('$'));
    const paths = [...copies.flatMap((c) => shownLanding(c)), ...stages.flatMap((s) => (s.workdir ? [s.workdir] : []))];
    const outputs: StageHoldings['outputs'] = [];
    for (const dir of new Set(builds.flatMap((b) => (b.outputDir ? [b.outputDir] : [])))) {
      const writers = builds.filter((b) => b.outputDir === dir);
      const runs = new Set(writers.map((b) => b.command.instruction));
      // Anything else that may write there makes the folder's content unprovable.
      const unprovable =
        copies.some((c) => isWithin(c.dest, [dir]) || isWithin(dir, [c.dest])) ||
        stages.some((s) =>
          s.instructions.some((i) => !runs.has(i) && i.keyword !== 'COPY' && i.keyword !== 'ADD' && i.text.includes(dir)),
        ) ||
        stages.some((s) =>
          s.commands.some((c) => runs.has(c.instruction) && !writers.some((b) => b.command === c) && c.argv.some((w) => w.includes(dir))),
        ) ||
        builds.some((b) => !runs.has(b.command.instruction) && (b.artifacts.length === 0 || b.artifacts.some((a) => isWithin(a, [dir]))));
      if (!unprovable) outputs.push({ dir, artifacts: writers.flatMap((b) => b.artifacts) });
    }
    return { complete, paths: [...new Set(paths)], outputs };
  });
}

/** Where a copy's files land, as a reader would name them: dest/name into a folder, else dest. */
function shownLanding(c: CopyFact): string[] {
  if (c.landing.length === 1) return c.landing;
  return c.copy.dest.endsWith('/') || c.copy.sources.length > 1 ? c.landing.slice(1) : [c.dest];
}

/** Does an artifact pattern (a `*` stands for an unknown name) put something at `path`, or under it? */
export function writes(artifact: string, path: string): boolean {
  if (!artifact.includes('*')) return path === artifact || isWithin(path, [artifact]) || isWithin(artifact, [path]);
  const dir = artifact.slice(0, artifact.lastIndexOf('/')) || '/';
  if (artifact.endsWith('/*')) return isWithin(path, [dir]) || isWithin(dir, [path]);
  return matchesArtifact(path, artifact) || isWithin(dir, [path]);
}

const OUTPUT_TOOLS = new Set(['go', 'dotnet', 'cargo']);

/**
 * Can the stage hold `path` (absolute)? False only when provably not: a scratch chain that nothing
 * copied it into, or an output folder no build writes that name into. Globs and variables get the benefit of the doubt.
 */
export function stageMayHold(model: StageModel, stage: Stage, path: string): boolean {
  if (/[*?[$]/.test(path)) return true;
  // Only a scratch chain or a folder a build writes (go, dotnet, cargo) can prove a path absent.
  if (!rootIsScratch(model, stage)) {
    if (!chain(model, stage).some((s) => s.builds.some((b) => OUTPUT_TOOLS.has(b.tool)))) return true;
    // No build writes a folder that holds the path: nothing to prove.
    if (!buildsThrough(model, stage).some((b) => b.outputDir !== null && b.outputDir !== path && isWithin(path, [b.outputDir])))
      return true;
  }
  const holdings = stageHoldings(model, stage);
  if (holdings.complete)
    return (
      path === '/' ||
      copiesInto(model, stage).some((c) => c.landing.some((p) => isWithin(path, [p]) || isWithin(p, [path]))) ||
      holdings.paths.some((p) => isWithin(p, [path]))
    );
  for (const output of holdings.outputs) {
    if (!isWithin(path, [output.dir]) || path === output.dir) continue;
    if (!output.artifacts.some((a) => writes(a, path))) return false;
  }
  return true;
}

/** Stages (other than `except`) whose own builds write `path` (a file a build names, or one matching its pattern). */
export function stagesWriting(model: StageModel, path: string, except: Stage | null = null): Stage[] {
  const producing = (a: string) => (a.includes('*') ? matchesArtifact(path, a) : path === a || isWithin(path, [a]));
  return model.stages.filter((s) => s !== except && buildsInStage(model, s).some((b) => b.artifacts.some(producing)));
}

/** The span of one source path of a COPY (JSON-form words keep their brackets and commas: `["dist",`). */
export function sourceSpan(copy: CopyStep, path: string): Span {
  return (
    copy.instruction.args.find((a) => unquote(a.value.replace(/^\[/, '').replace(/[,\]]+$/, '')) === path)?.span ??
    headSpan(copy.instruction)
  );
}

/** The span of an instruction's first line. */
function headSpan(instruction: CopyStep['instruction']): Span {
  if (instruction.span.start.line === instruction.span.end.line) return instruction.span;
  return { start: instruction.span.start, end: { line: instruction.span.start.line, column: instruction.keywordSpan.end.column } };
}
