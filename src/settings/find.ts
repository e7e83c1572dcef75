// Where a team's settings file is: the current folder, then each parent up to the repository root.
// No YAML here: `lint` without a settings file pays only for a few stat calls.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The names looked for in each folder, in this order (the first found wins). */
export const SETTINGS_NAMES = ['.multistage-tutor.yaml', '.multistage-tutor.yml', '.multistage-tutor.json'] as const;

const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * The settings file that applies in `cwd`, or null. The search stops at the folder holding `.git`
 * (a folder, or a file in a worktree); outside a repository it goes on to the file system's root.
 */
export function findSettingsFile(cwd: string): string | null {
  let dir = cwd;
  for (;;) {
    for (const name of SETTINGS_NAMES) {
      const file = join(dir, name);
      if (statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
    }
    if (exists(join(dir, '.git'))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The folder holding `.git` at or above `dir`, or null outside a repository. */
export function repositoryRoot(dir: string): string | null {
  for (;;) {
    if (exists(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
