// Writing the learner's files safely: folders made one level at a time, atomic replacement with
// temporary files named after our process (so a later run can tell a dead writer's leftovers),
// and a lock file that names its owner (so a lock left by a killed process is seen as stale).
// `lint --fix` writes through here too (cli may import exercises; the engine stays pure).
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An fs fault in the user's environment, said in one line with what to do about it. */
export class FileFault extends Error {
  /** The CLI prints such an error as its one line and exits 2 (read without importing this class). */
  readonly userFacing = true;
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdirSync never returns on some paths
 * (`/proc/nope`: the kernel answers ENOENT however often it is asked), so never use it here.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    try {
      const stat = statSync(current);
      if (!stat.isDirectory()) throw Object.assign(new Error(`${current} is not a directory`), { code: 'ENOTDIR', path: current, syscall: 'mkdir' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(current);
    const up = dirname(current);
    if (up === current) break;
    current = up;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Whether a process with this id runs (on this machine). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const TEMP = /^\.?(.+)\.(\d+)\.(\d+)\.mst-tmp$/;
// write-file-atomic's names (`file.<hex>`), from versions before these helpers.
const OLD_TEMP = /^(.+)\.[0-9a-f]{6,}$/;
let counter = 0;
const pending = new Set<string>();
let exitHook = false;

function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${++counter}.mst-tmp`);
}

/**
 * Removes temporary files of ours next to `file` whose writer is gone (a killed process), and
 * write-file-atomic's of older versions once a minute old. Returns how many were removed.
 */
export function cleanStaleTemps(file: string): number {
  const dir = dirname(file);
  const name = basename(file);
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const ours = TEMP.exec(entry);
    const old = ours ? null : OLD_TEMP.exec(entry);
    if (ours ? ours[1] !== name || processAlive(Number(ours[2])) : !old || old[1] !== name) continue;
    const path = join(dir, entry);
    try {
      if (!ours && Date.now() - lstatSync(path).mtimeMs < 60_000) continue;
      unlinkSync(path);
      removed++;
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

export interface AtomicOptions {
  /** The file as it was read: if it changed since, refuse (someone saved it meanwhile). */
  unchangedSince?: { mtimeMs: number; size: number; ino: number };
  /** Keep the replaced file's mode, and its owner when we may (root). Default true. */
  keepMode?: boolean;
  /** How the text becomes bytes: utf8, or latin1 for a file that was read one character a byte. */
  encoding?: BufferEncoding;
}

/**
 * Writes `text` to a temporary file beside `file`, flushes it, and renames it over `file`: a
 * reader sees the old file or the new one, never half of one. The temporary file is removed on
 * any failure, and on exit if the process is stopped in between (SIGKILL aside: the next run
 * cleans that up with cleanStaleTemps).
 */
export function writeAtomic(file: string, text: string, options: AtomicOptions = {}): void {
  cleanStaleTemps(file);
  let before: ReturnType<typeof statSync> | null = null;
  try {
    before = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temp = tempPathFor(file);
  trackTemp(temp);
  try {
    const fd = openSync(temp, 'wx', before && options.keepMode !== false ? before.mode & 0o7777 : 0o666);
    try {
      const bytes = Buffer.from(text, options.encoding ?? 'utf8');
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      if (before && options.keepMode !== false) {
        // The creation mode passed umask; set it exactly. Only root may give the file back to its owner.
        fchmodSync(fd, before.mode & 0o7777);
        if (typeof process.getuid === 'function' && process.getuid() === 0) fchownSync(fd, before.uid, before.gid);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.unchangedSince) assertUnchanged(file, options.unchangedSince);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

function assertUnchanged(file: string, was: NonNullable<AtomicOptions['unchangedSince']>): void {
  let now: ReturnType<typeof statSync>;
  try {
    now = statSync(file);
  } catch {
    throw new FileFault(`${file} was removed or moved while it was being fixed; nothing was written`, 'ECHANGED');
  }
  // Size, modification time (nanoseconds where the file system keeps them) and inode (an editor
  // that saves by rename makes a new one); the bytes themselves may be Latin-1, so not compared.
  const same = now.size === was.size && now.mtimeMs === was.mtimeMs && now.ino === was.ino;
  if (!same) throw new FileFault(`${file} changed while it was being fixed (saved by an editor?); nothing was written: run --fix again`, 'ECHANGED');
}

function trackTemp(temp: string): void {
  pending.add(temp);
  if (exitHook) return;
  exitHook = true;
  process.on('exit', () => {
    for (const path of pending) rmSync(path, { force: true });
  });
}

/** The stat of a file as it is read, to compare with just before replacing it. */
export function statOf(fd: number): { mtimeMs: number; size: number; ino: number; uid: number; mode: number } {
  const s = fstatSync(fd);
  return { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino, uid: s.uid, mode: s.mode };
}

export interface LockOptions {
  /** Give up after this long while a live process holds the lock. */
  waitMs?: number;
  /** A lock whose owner cannot be told (empty, or an old-style lock folder) is stale after this long. */
  staleMs?: number;
}

const held = new Set<string>();
let lockExitHook = false;

/**
 * Runs `work` while holding `file.lock`, a file that holds our process id. A lock whose process
 * is gone (killed) is stale and taken over at once; one held by a live process is waited for,
 * up to `waitMs`, then a FileFault says who holds it.
 */
export async function withLock<T>(file: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 20_000);
  const staleMs = options.staleMs ?? 10_000;
  let delay = 5;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(lockPath, staleMs);
    if (owner === 'stale') {
      rmSync(lockPath, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      const who = typeof owner === 'number' ? `process ${owner}` : 'another process';
      throw new FileFault(
        `${file} is locked by ${who} (${lockPath}) for over ${Math.round((options.waitMs ?? 20_000) / 1000)} s: let it finish or stop it, then run this again`,
        'ELOCKED',
      );
    }
    await new Promise((done) => setTimeout(done, delay));
    delay = Math.min(100, delay * 2);
  }
  held.add(lockPath);
  if (!lockExitHook) {
    lockExitHook = true;
    // Interrupted (Ctrl-C, kill): leave no lock behind.
    process.on('exit', () => {
      for (const path of held) rmSync(path, { force: true });
    });
  }
  try {
    return await work();
  } finally {
    held.delete(lockPath);
    rmSync(lockPath, { force: true });
  }
}

/** The pid that holds a lock, 'stale' if it is gone, or 'unknown' while that cannot be told yet. */
function lockOwner(lockPath: string, staleMs: number): number | 'stale' | 'unknown' {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(lockPath);
  } catch {
    return 'unknown'; // released meanwhile: try again
  }
  const old = Date.now() - stat.mtimeMs > staleMs;
  if (!stat.isFile()) return old ? 'stale' : 'unknown';
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
  } catch {
    return 'unknown';
  }
  if (Number.isNaN(pid)) return old ? 'stale' : 'unknown';
  return processAlive(pid) ? pid : 'stale';
}
