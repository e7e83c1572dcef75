// What a stage runs when a container starts: ENTRYPOINT then CMD, through its chain.
import { posix } from 'node:path';
import { chain } from './stages';
import { pathInForce } from './vars';
import { isShellProgram } from '../shell';
import { effectiveWorkdir, fromRoot, isWithin } from './paths';
import { buildsThrough } from './builds';
import { copiesInto, type CopyFact } from './copies';
import { baseClass } from './images';
import type { ImageClass } from '../images';
import type { Instruction, Stage, StageModel } from '../types';

export function startCommand(model: StageModel, stage: Stage): string[] {
  const stages = chain(model, stage);
  const entrypoint = stages.find((s) => s.entrypoint)?.entrypoint ?? [];
  const cmd = stages.find((s) => s.cmd)?.cmd ?? [];
  return [...entrypoint, ...cmd];
}

/**
 * A CMD or ENTRYPOINT written as an exec form that is no JSON array of strings: `['node',
 * 'app.js']` (single quotes), `[node, app.js]`, a quote left open. Docker reads such a line as
 * shell form, so /bin/sh runs `[node,` as a program and the container cannot start. A real shell
 * test (`[ -f /x ] && exec app`, `[ "$X" = 1 ]`) has no comma, and starts `[ `.
 */
export function brokenExecForm(instruction: Instruction): 'not-json' | 'comment' | null {
  if (instruction.json !== null || instruction.heredocs.length > 0) return null;
  if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') return null;
  if (!instruction.text.startsWith('[')) return null;
  // `CMD ["app"] # start it`: BuildKit drops only whole-line comments, so the line is no JSON.
  const listed = listBeforeComment(instruction.text);
  if (listed !== null && stringArray(listed)) return 'comment';
  const text = listed ?? instruction.text;
  if (!text.endsWith(']')) return null;
  // Commas outside quotes separate items; a shell test (`[ -n "$A,B" ]`, `[ "$X" = 1 ]`) has none,
  // and always a space inside its brackets (`[node app.js]` has none: no test).
  const unquoted = text.replace(/"(?:[^"\\]|\\.)*(?:"|$)|'[^']*(?:'|$)/g, '');
  const looksListed = !/^\[\s/.test(text) && (/["']/.test(text) || /\S\]$/.test(text));
  return unquoted.includes(',') || looksListed ? 'not-json' : null;
}

/** `[…]` when a `#` comment follows the closing bracket, else null. */
function listBeforeComment(text: string): string | null {
  return /^(\[.*\])\s*#/.exec(text)?.[1] ?? null;
}

function stringArray(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** The exec form a broken one meant (`CMD ["node", "app.js"]`), or null when that cannot be told. */
export function intendedExecForm(instruction: Instruction): string | null {
  const listed = listBeforeComment(instruction.text);
  if (listed !== null && stringArray(listed)) return listed;
  const text = listed ?? instruction.text;
  // Items read as the writer meant them: quoted (either quote; a comma inside stays) or bare.
  const inner = text.slice(1, -1).trim();
  // `[node app.js]`: no commas and no quotes, so the words are split by spaces.
  if (inner !== '' && !/[,"'\\]/.test(inner))
    return `[${inner
      .split(/\s+/)
      .map((w) => JSON.stringify(w))
      .join(', ')}]`;
  const item = /\s*(?:"([^"]*)"|'([^']*)'|([^,"']*?))\s*(,|$)/y;
  const words: string[] = [];
  for (let at = 0; at < inner.length;) {
    item.lastIndex = at;
    const match = item.exec(inner);
    if (!match || match.index !== at || item.lastIndex === at) return null;
    const word = match[1] ?? match[2] ?? match[3]!;
    if (match[3] !== undefined && word === '') return null;
    words.push(word);
    at = item.lastIndex;
  }
  if (words.length === 0 || words.some((w) => w.includes('\\'))) return null;
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

/** The CMD or ENTRYPOINT through the stage's chain that is a broken exec form, if one is. */
export function brokenStartInstruction(model: StageModel, stage: Stage): Instruction | null {
  for (const keyword of ['ENTRYPOINT', 'CMD'] as const) {
    const start = inForce(model, stage, keyword);
    if (start && brokenExecForm(start)) return start;
  }
  return null;
}

/** What starts the container: the ENTRYPOINT in force, else the CMD in force. */
export function startInstruction(model: StageModel, stage: Stage): Instruction | null {
  return inForce(model, stage, 'ENTRYPOINT') ?? inForce(model, stage, 'CMD') ?? null;
}

/** The ENTRYPOINT or CMD in force: the last one of the nearest stage of the chain that has one. */
function inForce(model: StageModel, stage: Stage, keyword: 'ENTRYPOINT' | 'CMD'): Instruction | undefined {
  return chain(model, stage)
    .map((s) => s.instructions.filter((i) => i.keyword === keyword).at(-1))
    .find((i) => i !== undefined);
}

/**
 * The start command's program, named bare (`shortener`), where the copies put it in a folder no
 * PATH holds (`/`, `/app`): Docker looks a bare name up in PATH only, never in / or the WORKDIR,
 * so the container stops with "executable file not found in $PATH". Judged for a folder outside
 * Docker's default PATH and the official images' additions that no ENV PATH of the chain names.
 */
export function startNotOnPath(model: StageModel, stage: Stage, copies: readonly CopyFact[]): { name: string; at: string } | null {
  // Only an exec form that names the program itself: a shell script may cd, link or set PATH.
  const stages = chain(model, stage);
  const start = inForce(model, stage, 'ENTRYPOINT') ?? inForce(model, stage, 'CMD');
  const program = start?.json?.[0];
  if (!program || program.includes('/') || program.includes('$') || isShellProgram(program)) return null;
  // Where a copy put a file a build wrote (`go build -o /out/app`) under that name.
  const found = copies.flatMap((c) =>
    c.source !== null && c.copy.sources.length === 1 && !c.dest.includes('$')
      ? c.sources
          .filter((src) => posix.basename(src) === program && buildsThrough(model, c.source!).some((b) => b.artifacts.includes(src)))
          .map((src) => (intoFolder(c) ? posix.join(c.dest, posix.basename(src)) : c.dest))
      : [],
  );
  if (found.length === 0 || found.some((p) => posix.basename(p) !== program)) return null;
  // A RUN that links, moves or copies it elsewhere (`ln -s /app/x /usr/local/bin/x`) may put it on PATH.
  if (
    stages.some((s) =>
      s.commands.some((c) => ['ln', 'mv', 'cp', 'install'].includes(c.program) && c.argv.some((w) => posix.basename(w) === program)),
    )
  )
    return null;
  const paths = stages.flatMap((s) => (s.env.get('PATH') ?? '').split(':').map((d) => posix.normalize(d).replace(/(.)\/$/, '$1')));
  // Docker's default PATH and the folders the official images add to it; an image nobody lists
  // may add any `…/bin` of its own.
  const unknownBase = (baseClass(model, stage)?.family ?? 'other') === 'other';
  const onPath = (dir: string) =>
    DEFAULT_PATH.has(dir) || OFFICIAL_PATH_ADDITIONS.has(dir) || paths.includes(dir) || (unknownBase && /\/s?bin$/.test(dir));
  return found.some((p) => onPath(posix.dirname(p))) ? null : { name: program, at: found[0]! };
}

const DEFAULT_PATH = new Set(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);
const OFFICIAL_PATH_ADDITIONS = new Set([
  '/go/bin',
  '/usr/local/go/bin',
  '/usr/local/cargo/bin',
  '/opt/java/openjdk/bin',
  '/usr/local/openjdk/bin',
  '/usr/share/dotnet',
  '/root/.dotnet/tools',
]);

/**
 * The stages the start command's program (or the folder it runs from) was copied from:
 * `COPY --from=api /out/server /usr/local/bin/` then `ENTRYPOINT ["server"]` names api.
 */
export function startCopiedFrom(model: StageModel, stage: Stage): Stage[] {
  const copies = copiesInto(model, stage).filter((c) => c.source !== null);
  const program = startCommand(model, stage)[0];
  const workdir = effectiveWorkdir(model, stage);
  // The program itself first: `portal --static /srv/www` runs portal, and only serves the files.
  const runs = copies.filter((c) => program !== undefined && runsPath(program, workdir, c.landing));
  const sources = (runs.length > 0 ? runs : copies.filter((c) => startCommandRuns(model, stage, c.landing))).map((c) => c.source!);
  return [...new Set(sources)];
}

/** Does the start command run one of `paths` (a file a copy put there, or something inside a folder it did)? */
export function startCommandRuns(model: StageModel, stage: Stage, paths: string[]): boolean {
  const workdir = effectiveWorkdir(model, stage);
  const words = startCommand(model, stage);
  return words.some((word, i) => {
    // A Java class path (`-cp app:app/lib/*`) runs what its entries hold.
    if (i > 0 && CLASS_PATH.has(words[i - 1]!))
      return word.split(':').some((entry) => entry !== '' && runsPath(entry.replace(/\/\*$/, ''), workdir, paths));
    return runsPath(word, workdir, paths);
  });
}

const CLASS_PATH = new Set(['-cp', '-classpath', '--class-path']);

/** `./server`, `dist/main.js`, `/app/app.jar` or a bare `server` that a copy put in place. */
function runsPath(word: string, workdir: string, landed: string[]): boolean {
  if (word.startsWith('-') && !word.includes('=')) return false;
  // `-javaagent:/x.jar` or `--app=/x`: the path after the option.
  const value = word.replace(/^-[^=:]*[=:]/, '');
  if (value === '') return false;
  // A project or solution file is a build input, never what starts (`dotnet App.csproj`).
  if (/\.(csproj|fsproj|vbproj|sln)$/i.test(value)) return false;
  if (value.includes('/') || /\.[a-z]+$/i.test(value)) {
    const path = posix.normalize(posix.isAbsolute(value) ? value : posix.join(workdir, value));
    return isWithin(path, landed);
  }
  return landed.some((p) => posix.basename(p) === value);
}

/** A start command path that the copies put somewhere else, and where its file really is. */
export interface StartPathMismatch {
  /** The path the start command runs, absolute. */
  path: string;
  copy: CopyFact;
  /**
   * `folder-contents`: COPY put the folder's contents at the destination, not the folder;
   * `runs-folder`: the path is a folder holding the file; `dest-folder`: the destination ends in
   * `/`, so the file went inside it.
   */
  kind: 'folder-contents' | 'runs-folder' | 'dest-folder';
  /** Where the file it means lands. */
  landed: string;
}

/**
 * COPY copies a folder's contents, not the folder (Dockerfile reference): `COPY --from=build
 * /app/dist ./` then `node dist/index.js` runs a file that is at `./index.js`; and `COPY
 * --from=build /out /app` with the binary at `/out/app` makes `/app` a folder holding it. Null
 * when every path the start command names is where a copy puts it, or when it cannot be told.
 */
export function startPathMismatch(model: StageModel, stage: Stage, copies: readonly CopyFact[]): StartPathMismatch | null {
  const workdir = effectiveWorkdir(model, stage);
  for (const word of startCommand(model, stage)) {
    const value = word.replace(/^-[^=:]*[=:]/, '');
    if (!value.includes('/') || value.includes('$')) continue;
    const path = posix.normalize(posix.isAbsolute(value) ? value : posix.join(workdir, value));
    // A copy that puts this very path, or the folder it sits in, in place explains it.
    const explained = copies.some((c) =>
      c.sources.some((src) => {
        const name = posix.basename(src);
        // A destination ending in `/` is a folder: the start path is that folder, not the file.
        if (path === c.dest && intoFolder(c)) return false;
        return (
          path === c.dest ||
          path === posix.join(c.dest, name) ||
          (!src.includes('*') && c.dest !== '/' && isWithin(path, [c.dest]) && c.dest.endsWith(`/${name}`))
        );
      }),
    );
    for (const copy of copies) {
      // `COPY --parents` keeps the source's path (after a `/./` pivot): not a contents copy.
      if (copy.copy.instruction.flags.some((f) => f.name === 'parents')) continue;
      for (const src of copy.sources) {
        const name = posix.basename(src);
        if (src.includes('*') || name === '' || src === '/' || src.includes('$')) continue;
        const folder = posix.join(copy.dest, name);
        // `COPY --from=build /out/app /usr/local/bin/app/`: the trailing `/` makes the destination a
        // folder, and the file lands inside it.
        // Only a source known to be a file (what a build wrote with `-o`): a folder copies its contents.
        const file = copy.source !== null && buildsThrough(model, copy.source).some((b) => b.artifacts.includes(src));
        if (file && path === copy.dest && intoFolder(copy) && !explained && copy.copy.sources.length === 1) {
          return { path, copy, kind: 'dest-folder', landed: folder };
        }
        if (path.startsWith(`${folder}/`) && !explained) {
          return { path, copy, kind: 'folder-contents', landed: posix.join(copy.dest, path.slice(folder.length + 1)) };
        }
        if (path === copy.dest && copy.source) {
          // A file the source stage's build wrote inside the copied path: the path is a folder.
          const inside = buildsThrough(model, copy.source)
            .flatMap((b) => b.artifacts)
            .find((a) => !a.includes('*') && a.startsWith(`${fromRoot(src)}/`));
          const exact = copies.some((c) => c !== copy && c.sources.some((s) => posix.join(c.dest, posix.basename(s)) === path));
          if (inside && !exact)
            return { path, copy, kind: 'runs-folder', landed: posix.join(copy.dest, inside.slice(fromRoot(src).length + 1)) };
        }
      }
    }
  }
  return null;
}

/** The copy's destination is a folder its sources go into: it ends in `/`, or there are several sources. */
function intoFolder(c: CopyFact): boolean {
  return c.copy.dest.endsWith('/') || c.copy.sources.length > 1;
}

/** Programs a start command may name that only a runtime image of that language has. */
const RUNTIME_PROGRAMS: Readonly<Record<string, string>> = {
  dotnet: 'dotnet',
  java: 'java',
  node: 'node',
  npm: 'node',
  npx: 'node',
  yarn: 'node',
  pnpm: 'node',
  python: 'python',
  python3: 'python',
};

/**
 * The language runtime the start command needs and the final base does not have (`dotnet` on
 * runtime-deps, `java` on a Node image), unless a copy put that program in place; null when it is
 * there or cannot be told (an image nobody lists).
 */
export function missingRuntime(model: StageModel, stage: Stage, base: ImageClass | null, copies: readonly CopyFact[]): string | null {
  const program = startCommand(model, stage)[0];
  if (!program || !base || base.family === 'other') return null;
  const name = posix.basename(program);
  if (!Object.hasOwn(RUNTIME_PROGRAMS, name)) return null;
  const language = RUNTIME_PROGRAMS[name]!;
  const start = startCommand(model, stage);
  // `dotnet run` or `dotnet watch` builds from source: only the SDK image has what they need.
  const needsSdk = name === 'dotnet' && ['run', 'watch', 'build', 'publish'].includes(start[1] ?? '');
  // npm and friends are not in distroless Node images (node alone is).
  const has =
    language === 'dotnet'
      ? base.language === 'dotnet' && (needsSdk ? base.variant === 'sdk' : base.variant !== 'runtime-deps')
      : base.language === language && (name === language || base.distroless === null);
  if (needsSdk && !has) return `${name} ${start[1]}`;
  if (has) return null;
  // The program itself, or a folder named for it (/usr/share/dotnet), put in place by a copy.
  // A destination named by a variable ($JAVA_HOME) may be that runtime too: not judged.
  if (copies.some((c) => c.landing.some((p) => p.includes('$') || p.split('/').includes(name)))) return null;
  // A runtime copied anywhere whose bin/ the stage puts on PATH (a jlink image in /opt/jre).
  const onPath = pathInForce(model, stage);
  if (copies.some((c) => c.landing.some((p) => onPath.includes(`${p.replace(/\/+$/, '')}/bin`) || onPath.includes(p.replace(/\/+$/, '')))))
    return null;
  return name;
}

/** What a distroless language image runs before the CMD: its ENTRYPOINT (the distroless images' Dockerfiles). */
const IMAGE_ENTRYPOINTS: Readonly<Record<string, string>> = { nodejs: 'node', java: 'java', python: 'python3' };

/**
 * The start command names the runtime again on an image whose own ENTRYPOINT already is that
 * runtime (distroless nodejs, java, python): `CMD ["node", "app.js"]` runs `node node app.js`.
 * Null when the file sets an ENTRYPOINT or the CMD does not start with the runtime.
 */
export function doubledRuntime(model: StageModel, stage: Stage, base: ImageClass | null): string | null {
  if (!base?.distroless || !Object.hasOwn(IMAGE_ENTRYPOINTS, base.distroless)) return null;
  if (chain(model, stage).some((s) => s.entrypoint !== null)) return null;
  const first = startCommand(model, stage)[0];
  if (!first) return null;
  const name = posix.basename(first);
  const runtime = IMAGE_ENTRYPOINTS[base.distroless]!;
  // Distroless Java's ENTRYPOINT is `java -jar` (its README): the CMD is only the jar.
  const entrypoint = runtime === 'java' ? 'java -jar' : runtime;
  return name === runtime || (runtime === 'python3' && /^python[\d.]*$/.test(name)) ? entrypoint : null;
}

const APP_FILE = /\.(jar|war|js|mjs|cjs|dll|py)$/;

/**
 * A file the start command names in the app's own folder (the WORKDIR, or where copies put
 * things) that no copy of the stage puts there: `-javaagent:/app/otel.jar` when only
 * `/app/orders.jar` was copied. Null when every such file is accounted for, or cannot be told.
 */
export function startFileNotCopied(model: StageModel, stage: Stage, copies: readonly CopyFact[]): string | null {
  const workdir = effectiveWorkdir(model, stage);
  // A folder copy may hold anything under where it lands; a file copy holds its own landing only.
  const folders = copies.filter((c) =>
    c.copy.sources.some((s) => s.endsWith('/') || !/\.[A-Za-z0-9]+$/.test(s) || s.includes('*') || s.includes('$')),
  );
  const appDirs = new Set([
    workdir,
    ...copies.map((c) => (c.copy.dest.endsWith('/') || c.copy.sources.length > 1 ? c.dest : posix.dirname(c.dest))),
  ]);
  for (const word of startCommand(model, stage)) {
    const value = word.replace(/^-[^=:]*[=:]/, '');
    if (!value.includes('/') || value.includes('$') || !APP_FILE.test(value)) continue;
    const path = posix.normalize(posix.isAbsolute(value) ? value : posix.join(workdir, value));
    if (!appDirs.has(posix.dirname(path)) || posix.dirname(path) === '/') continue;
    if (copies.some((c) => c.landing.includes(path))) continue;
    if (folders.some((c) => isWithin(path, c.landing))) continue;
    return path;
  }
  return null;
}

/** A file the start command needs that its COPY's `--chmod` leaves unusable, and why. */
export interface UnusableStartFile {
  copy: CopyFact;
  path: string;
  mode: string;
  /** 'not-executable': the program itself has no execute bit; 'not-readable': a non-root user may not read it. */
  problem: 'not-executable' | 'not-readable';
}

/**
 * `COPY --chmod=644 … /app` then `ENTRYPOINT ["/app"]`: no execute bit, so the container stops
 * with "permission denied". And a file the start command reads (`java -jar /app.jar`) copied
 * with `--chmod=600` and no `--chown` is root's alone, which a non-root USER may not read. Only
 * octal modes are judged, and only a copy that lands exactly the file the command names.
 */
export function unusableStartFile(model: StageModel, stage: Stage, runsAsRoot: boolean): UnusableStartFile | null {
  const start = startCommand(model, stage);
  if (start.length === 0) return null;
  const workdir = effectiveWorkdir(model, stage);
  const at = (word: string) => posix.normalize(posix.isAbsolute(word) ? word : posix.join(workdir, word));
  const copies = copiesInto(model, stage);
  const modeOf = (copy: CopyFact) => {
    const flag = copy.copy.instruction.flags.find((f) => f.name === 'chmod');
    return flag?.value && /^[0-7]{3,4}$/.test(flag.value) ? flag.value : null;
  };
  const landedBy = (path: string) => copies.filter((c) => c.landing.includes(path)).at(-1);
  const program = start[0]!;
  // The program by its path (a bare name is looked up in PATH: the copy that put it there).
  const programCopy = program.includes('/')
    ? landedBy(at(program))
    : copies
        .filter((c) =>
          c.landing.some((l) => posix.basename(l) === program && ['/usr/local/bin', '/usr/bin', '/bin'].includes(posix.dirname(l))),
        )
        .at(-1);
  const programMode = programCopy ? modeOf(programCopy) : null;
  if (programCopy && programMode && (parseInt(programMode, 8) & 0o111) === 0) {
    return { copy: programCopy, path: program.includes('/') ? at(program) : program, mode: programMode, problem: 'not-executable' };
  }
  if (runsAsRoot) return null;
  for (const word of start.slice(1)) {
    if (word.startsWith('-') || word.includes('$')) continue;
    const copy = landedBy(at(word));
    const mode = copy ? modeOf(copy) : null;
    if (copy && mode && (parseInt(mode, 8) & 0o004) === 0 && !copy.copy.instruction.flags.some((f) => f.name === 'chown')) {
      return { copy, path: at(word), mode, problem: 'not-readable' };
    }
  }
  return null;
}

/**
 * `java -jar app.jar -javaagent:/otel.jar`: everything after `-jar FILE` goes to the program's
 * main, not to the JVM, so an agent or a heap option placed there is silently ignored. Returns
 * the first such JVM option, else null.
 */
export function jvmOptionAfterJar(model: StageModel, stage: Stage): string | null {
  const start = startCommand(model, stage);
  if (posix.basename(start[0] ?? '') !== 'java') return null;
  const jar = start.indexOf('-jar');
  if (jar === -1) return null;
  return start.slice(jar + 2).find((w) => /^-(javaagent:|agentpath:|agentlib:|XX:|Xm[sx]\d|Xss\d)/.test(w)) ?? null;
}

/**
 * The script the start command runs when the Dockerfile writes it itself (`COPY <<'EOF'
 * /usr/local/bin/entrypoint.sh`): its text, and whether it starts with `#!` (the exec form
 * runs a file with execve, which refuses a script without one: "exec format error").
 */
export function inlineStartScript(model: StageModel, stage: Stage): { body: string; shebang: boolean; copy: CopyFact } | null {
  const program = startCommand(model, stage)[0];
  if (!program || !program.includes('/')) return null;
  const path = posix.normalize(posix.isAbsolute(program) ? program : posix.join(effectiveWorkdir(model, stage), program));
  const copy = copiesInto(model, stage)
    .filter((c) => c.copy.inline && c.copy.instruction.heredocs.length === 1 && c.dest === path)
    .at(-1);
  if (!copy) return null;
  const body = copy.copy.instruction.heredocs[0]!.body;
  return { body, shebang: body.startsWith('#!'), copy };
}

/** An inline start script that, with a `#!` line, runs one of `paths` (its `exec /usr/local/bin/app "$@"`). */
export function inlineScriptRuns(model: StageModel, stage: Stage, paths: readonly string[]): boolean {
  const script = inlineStartScript(model, stage);
  if (!script || !script.shebang) return false;
  return paths.some((p) => new RegExp(`(^|[\\s"'=])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s"';])`, 'm').test(script.body));
}
