// The learner's workspace: working copies of the exercises and progress.json, in the user's
// data folder (or $MULTISTAGE_TUTOR_HOME). A working copy is never overwritten except by a
// reset; progress is changed under a lock and written atomically, so two processes (the TUI
// and a `check` in another terminal) never lose each other's updates.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { exerciseIds, loadExercise } from './catalog';
import { cleanStaleTemps, FileFault, makeDirs, withLock, writeAtomic } from './files';
import type { CheckResult } from './types';

export type Status = 'new' | 'in-progress' | 'passed';

export interface ProgressEntry {
  status: Status;
  /** How many hints the learner has seen (0–3). */
  hintsShown: number;
  checks: number;
  /** Whether the latest check passed (a passed exercise stays passed even if a later edit breaks it). */
  lastPassed?: boolean;
  lastCheckedAt?: string;
  passedAt?: string;
}

export interface Progress {
  version: 1;
  exercises: Record<string, ProgressEntry>;
}

export interface WorkspaceOptions {
  /** The folder itself; default $MULTISTAGE_TUTOR_HOME, else the platform's data folder. */
  home?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with one line when something was recovered (a damaged progress file). */
  onWarning?: (line: string) => void;
}

export interface Hint {
  /** 1-based. */
  index: number;
  total: number;
  text: string;
}

const STATUSES: readonly Status[] = ['new', 'in-progress', 'passed'];

export function defaultHome(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.MULTISTAGE_TUTOR_HOME;
  if (override) return override;
  return envPaths('multistage-tutor', { suffix: '' }).data;
}

export function emptyEntry(): ProgressEntry {
  return { status: 'new', hintsShown: 0, checks: 0 };
}

export class Workspace {
  readonly home: string;
  readonly progressPath: string;
  private readonly warn: (line: string) => void;

  constructor(options: WorkspaceOptions = {}) {
    this.home = options.home ?? defaultHome(options.env);
    this.progressPath = join(this.home, 'progress.json');
    this.warn = options.onWarning ?? (() => {});
  }

  workingCopyPath(id: string): string {
    loadExercise(id);
    // A team pack's exercise (`pack/ID`) has its copy under packs/<pack>/<ID>, apart from the built-in ones.
    return id.includes('/') ? join(this.home, 'packs', id, 'Dockerfile') : join(this.home, 'exercises', id, 'Dockerfile');
  }

  hasWorkingCopy(id: string): boolean {
    return existsSync(this.workingCopyPath(id));
  }

  /** Creates the working copy from the start file unless there is one; true if it did. Progress is untouched. */
  createWorkingCopy(id: string): boolean {
    const path = this.workingCopyPath(id);
    if (existsSync(path)) return false;
    try {
      makeDirs(dirname(path));
      // Exclusive create: if another process made it a moment ago, theirs wins untouched.
      writeFileSync(path, loadExercise(id).start, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fault(error, `create the working copy ${path}`);
      return false;
    }
  }

  /** The working copy's path, created from the start file the first time; never overwritten here. */
  async openWorkingCopy(id: string): Promise<{ path: string; created: boolean }> {
    const path = this.workingCopyPath(id);
    const created = this.createWorkingCopy(id);
    await this.update(id, (entry) => {
      if (entry.status === 'new') entry.status = 'in-progress';
    });
    return { path, created };
  }

  /** The learner's current text (opening the working copy first if needed). */
  async readWorkingCopy(id: string): Promise<string> {
    const { path } = await this.openWorkingCopy(id);
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw fault(error, `read the working copy ${path}`, path);
    }
  }

  /** Progress as stored; a damaged file is set aside as progress.json.bad (one warning) and reads as empty. */
  readProgress(): Progress {
    let raw: string;
    try {
      raw = readFileSync(this.progressPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, exercises: {} };
      throw fault(error, `read the progress file ${this.progressPath}`, this.progressPath);
    }
    // An editor may have saved it with a byte-order mark: that is not damage.
    const parsed = parseProgress(raw.replace(/^\uFEFF/, ''));
    if (parsed) return parsed;
    const bad = this.progressPath + '.bad';
    try {
      renameSync(this.progressPath, bad);
    } catch (error) {
      // Another process set it aside first: nothing left to do.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fault(error, `set the damaged progress file aside as ${bad}`);
    }
    this.warn(`progress file ${this.progressPath} was damaged; kept it as ${bad} and started fresh`);
    return { version: 1, exercises: {} };
  }

  entry(id: string): ProgressEntry {
    return { ...emptyEntry(), ...this.readProgress().exercises[id] };
  }

  status(id: string): Status {
    return this.entry(id).status;
  }

  async recordCheck(id: string, result: Pick<CheckResult, 'passed'>): Promise<ProgressEntry> {
    const now = new Date().toISOString();
    return this.update(id, (entry) => {
      entry.checks += 1;
      entry.lastPassed = result.passed;
      entry.lastCheckedAt = now;
      if (result.passed && entry.status !== 'passed') {
        entry.status = 'passed';
        entry.passedAt = now;
      } else if (entry.status === 'new') {
        entry.status = 'in-progress';
      }
    });
  }

  /** Shows one more hint (the last one again once all are shown). */
  async nextHint(id: string): Promise<Hint> {
    const hints = loadExercise(id).hints;
    const entry = await this.update(id, (e) => {
      e.hintsShown = Math.min(hints.length, e.hintsShown + 1);
      if (e.status === 'new') e.status = 'in-progress';
    });
    return { index: entry.hintsShown, total: hints.length, text: hints[entry.hintsShown - 1]! };
  }

  /** Every hint, counted as shown. */
  async allHints(id: string): Promise<Hint[]> {
    const hints = loadExercise(id).hints;
    await this.update(id, (e) => {
      e.hintsShown = hints.length;
      if (e.status === 'new') e.status = 'in-progress';
    });
    return hints.map((text, i) => ({ index: i + 1, total: hints.length, text }));
  }

  /** Hints seen so far, for a screen that shows them again. */
  shownHints(id: string): Hint[] {
    const hints = loadExercise(id).hints;
    return hints.slice(0, this.entry(id).hintsShown).map((text, i) => ({ index: i + 1, total: hints.length, text }));
  }

  solutionUnlocked(id: string): boolean {
    return this.status(id) === 'passed';
  }

  /** Puts the start file back over the working copy. Progress (a pass, hints seen) is kept. */
  async resetExercise(id: string): Promise<string> {
    const path = this.workingCopyPath(id);
    try {
      makeDirs(dirname(path));
      writeAtomic(path, loadExercise(id).start);
    } catch (error) {
      throw fault(error, `write the working copy ${path}`);
    }
    return path;
  }

  /** Every working copy back to its start file, and progress cleared. */
  async resetAll(): Promise<void> {
    for (const id of exerciseIds()) if (this.hasWorkingCopy(id)) await this.resetExercise(id);
    await this.mutate((progress) => {
      progress.exercises = {};
    });
  }

  private async update(id: string, change: (entry: ProgressEntry) => void): Promise<ProgressEntry> {
    let result = emptyEntry();
    await this.mutate((progress) => {
      const entry = { ...emptyEntry(), ...progress.exercises[id] };
      change(entry);
      progress.exercises[id] = entry;
      result = entry;
    });
    return result;
  }

  /** Read, change and write progress.json while holding its lock: concurrent writers queue up. */
  private async mutate(change: (progress: Progress) => void): Promise<void> {
    try {
      makeDirs(this.home);
    } catch (error) {
      throw fault(error, `create the data folder ${this.home}`);
    }
    // A killed run may have left temporary files behind: ours, so ours to clean.
    cleanStaleTemps(this.progressPath);
    try {
      await withLock(this.progressPath, () => {
        const progress = this.readProgress();
        change(progress);
        writeAtomic(this.progressPath, JSON.stringify(progress, null, 2) + '\n');
      });
    } catch (error) {
      throw fault(error, `write the progress file ${this.progressPath}`);
    }
  }
}

/**
 * An fs error of the user's environment as one line that says what failed and what to do:
 * no stack trace, no "internal error". A FileFault is already such a line.
 */
function fault(error: unknown, doing: string, path?: string): Error {
  if (error instanceof FileFault) return error;
  const e = error as NodeJS.ErrnoException;
  const where = e.path ?? path ?? '';
  const hint = (() => {
    switch (e.code) {
      case 'EACCES':
      case 'EPERM':
        return `permission denied${where ? ` on ${where}` : ''}: fix its permissions, or set MULTISTAGE_TUTOR_HOME to a folder you can write`;
      case 'EROFS':
        return 'the file system is read-only: set MULTISTAGE_TUTOR_HOME to a writable folder';
      case 'ENOSPC':
        return 'the disk is full: free some space and try again';
      case 'EISDIR':
        return `${where || 'it'} is a directory, not a file: move it away and try again`;
      case 'ENOTDIR':
        return `${where ? `a part of ${where}` : 'a part of the path'} is a file, not a folder: move it away or set MULTISTAGE_TUTOR_HOME elsewhere`;
      case 'ENOENT':
        return `${where || 'a folder on the way'} does not exist and cannot be made: set MULTISTAGE_TUTOR_HOME to a folder you can write`;
      default:
        return `${e.code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))}`;
    }
  })();
  return new FileFault(`cannot ${doing}: ${hint}`, e.code);
}

/** The stored progress, or null when the file is not what we write. */
export function parseProgress(raw: string): Progress | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(data) || data.version !== 1 || !isObject(data.exercises)) return null;
  const exercises: Record<string, ProgressEntry> = {};
  for (const [id, value] of Object.entries(data.exercises)) {
    if (!isObject(value) || !STATUSES.includes(value.status as Status)) return null;
    const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);
    exercises[id] = {
      ...(value as unknown as ProgressEntry),
      hintsShown: Math.min(3, count(value.hintsShown)),
      checks: count(value.checks),
    };
  }
  return { version: 1, exercises };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
