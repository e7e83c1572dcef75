// Writing fixes back to a user's Dockerfile, for `lint --fix` and the app's Lint screen alike:
// never over a file that changed since it was read, that the user could not have saved, or in
// another encoding than it was read in.
import { accessSync, constants, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInput, type CliIO, type FileState } from './io';

/**
 * Replaces the file with the fixed text, or says in one line why not (the file is then as it
 * was). `state` is the file as it was read, when the text was linted.
 */
export async function writeFixes(
  file: string,
  name: string,
  fixed: string,
  state: FileState | undefined,
  latin1: boolean,
  rerun: string,
): Promise<string | null> {
  const refused = mayNotWrite(file, name, state);
  if (refused) return refused;
  try {
    await saveFixed(file, fixed, state, latin1);
    return null;
  } catch (error) {
    if (error instanceof Error && (error as { code?: string }).code === 'ECHANGED') {
      return `${name}: changed while it was being fixed (saved by an editor?); the fixes were not written: ${rerun}`;
    }
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return `${name}: cannot write the fixes (${code}); the file is unchanged`;
  }
}

/**
 * The app's `f` then `y`: the file is read again, and written only if it still holds the text
 * the fixes were made from (someone may have saved it while the diff was on screen).
 */
export async function writeFixesOver(
  path: string,
  cwd: string,
  linted: string,
  fixed: string,
  io: Pick<CliIO, 'stdin'>,
): Promise<string | null> {
  const now = await readInput(path, { cwd, stdin: io.stdin });
  if ('error' in now) return now.error;
  if (now.text !== linted)
    return `${now.name}: changed since it was linted (saved by an editor?); the fixes were not written: press f again`;
  return writeFixes(resolve(cwd, path), now.name, fixed, now.file, now.latin1 === true, 'press f again');
}

/**
 * Why --fix must leave this file alone, or null. Read-only (no write bit: the owner said so, and
 * root is no exception), not writable by us, or owned by someone else (replacing it would make
 * it ours): the user could not have saved it either.
 */
function mayNotWrite(file: string, name: string, state: FileState | undefined): string | null {
  if (!state) return null;
  const mode = (state.mode & 0o777).toString(8).padStart(4, '0');
  if ((state.mode & 0o222) === 0) {
    return `${name}: is read-only (mode ${mode}); the fixes were not written (make it writable with 'chmod u+w ${name}', or print them with 'lint --fix - < ${name}')`;
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  if (uid !== null && uid !== 0 && state.uid !== uid) {
    return `${name}: belongs to another user (uid ${state.uid}); the fixes were not written (print them with 'lint --fix - < ${name}')`;
  }
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return `${name}: is not writable by you; the fixes were not written (print them with 'lint --fix - < ${name}')`;
  }
  return null;
}

/**
 * Atomic (an interrupted --fix never leaves half a Dockerfile), keeps the file's mode (and owner,
 * for root), and refuses if the file changed since it was read (an editor saved it meanwhile).
 * A file read as Latin-1 (not UTF-8) is written back the same way, byte for byte.
 */
async function saveFixed(file: string, fixed: string, state: FileState | undefined, latin1: boolean): Promise<void> {
  const { writeAtomic } = await import('../exercises/files');
  // Through a symlink to the file it names: replacing the link itself would cut it.
  writeAtomic(realpathSync(file), fixed, {
    ...(state ? { unchangedSince: { mtimeMs: state.mtimeMs, size: state.size, ino: state.ino } } : {}),
    ...(latin1 ? { encoding: 'latin1' as const } : {}),
  });
}
