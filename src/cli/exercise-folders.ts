// `--exercises DIR` names a folder, whatever the command: a missing one is an input error (exit 2)
// before the command does anything, also for the commands that have no use for exercises.
// A module of its own, with no imports beyond io: `lint` checks its flags without loading the exercises.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './io';

export function requireExerciseFolders(dirs: readonly string[], cwd: string): void {
  for (const dir of dirs) {
    if (!statSync(resolve(cwd, dir), { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`--exercises ${dir}: no such folder`);
  }
}
