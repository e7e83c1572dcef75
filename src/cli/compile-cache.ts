// Runs a CommonJS bundle of ours (dist/lint.cjs) with V8's code cache: the bytecode of every
// function the last run compiled, kept in the user's cache folder, so the next run parses and
// compiles almost nothing. `lint` of one file starts 1.56x -> 1.25x a bare `node -e ''`
// (bench/lint-startup.mjs). Node 22 has this built in (module.enableCompileCache) for ES modules
// too; on Node 20 only vm.Script takes cached data, so the lint bundle is CommonJS.
//
// V8 checks a cache against its own version, its flags and the source's length, not the source's
// text: the file's name carries the bundle's path, size and modification time too. Anything
// wrong (no home, a read-only disk, a cache of another user or a broken one) means compiling as
// usual; the cache never changes what the bundle does.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What the bundle exports for its loader: whether it changed V8's flags (short-run.ts), which makes a cache of this run useless to the next. */
interface BundleExports {
  flagsTuned?: () => boolean;
}

/** The folder of the cache, or null where there is none to use. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own. */
export function cacheFolder(env: NodeJS.ProcessEnv, platform = process.platform): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  if (env.MULTISTAGE_TUTOR_CACHE) return env.MULTISTAGE_TUTOR_CACHE;
  let home: string;
  try {
    home = homedir();
  } catch {
    return null;
  }
  const base =
    env.XDG_CACHE_HOME ||
    (platform === 'win32' ? env.LOCALAPPDATA : platform === 'darwin' ? join(home, 'Library', 'Caches') : join(home, '.cache'));
  return base ? join(base, 'multistage-tutor') : null;
}

/** FNV-1a, 32 bits: a short stable name for this bundle on this Node; no crypto module to load. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function readOwnCache(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // Only a file of this user's: another user's bytecode would run as ours.
    const stat = fstatSync(fd);
    if (!stat.isFile() || (process.getuid !== undefined && stat.uid !== process.getuid())) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function writeCache(folder: string, file: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const prefix = basename(file).split('-')[0]!;
    // The caches of earlier versions of the bundle are of no more use.
    for (const old of readdirSync(folder)) if (old.startsWith(`${prefix}-`) && old !== basename(file)) unlinkSync(join(folder, old));
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file); // whole or not at all, whatever another run does at the same time
  } catch {
    // no cache this time
  }
}

/** How a run used the cache: none there (or no cache folder), one taken, or one V8 would not take. */
export type CacheUse = 'none' | 'used' | 'rejected';

/**
 * Runs the CommonJS bundle at `file` (its top level starts the command), through the code cache
 * where it can. A new cache is written at exit (then it holds every function the run compiled);
 * `save` is that write, for tests.
 */
export function runCommonJs(file: string, env: NodeJS.ProcessEnv): { use: CacheUse; save: () => void } {
  const fd = openSync(file, 'r');
  let source: string;
  let key: string;
  try {
    const stat = fstatSync(fd);
    source = readFileSync(fd, 'utf8');
    key = `${process.version}|${process.arch}|${file}|${stat.size}|${stat.mtimeMs}`;
  } finally {
    closeSync(fd);
  }
  const folder = cacheFolder(env);
  const cacheFile = folder ? join(folder, `${basename(file).replace(/\W/g, '_')}-${fnv1a(key)}.v8`) : null;
  const cachedData = cacheFile ? readOwnCache(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const use: CacheUse = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const module: { exports: BundleExports } = { exports: {} };
  let saved = false;
  const save = () => {
    if (saved || !folder || !cacheFile || use === 'used' || module.exports.flagsTuned?.()) return;
    saved = true;
    writeCache(folder, cacheFile, script.createCachedData());
  };
  if (folder && use !== 'used') process.once('exit', save);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { use, save };
}
