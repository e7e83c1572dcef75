// Where the package's data folders live. The same code runs from src/ (tests), dist/ and
// dist/chunks/ (the bundle), so look upwards instead of assuming a depth.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest `<folder>` above this module that holds `marker` (e.g. `content/reference`). */
export function packageFolder(folder: string, marker: string, override: string | undefined): string {
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, folder, marker))) return join(dir, folder);
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the ${folder}/ folder of multistage-tutor`);
    dir = up;
  }
}

let cached: string | null = null;

export function contentDir(): string {
  return (cached ??= packageFolder('content', 'reference', process.env.MULTISTAGE_TUTOR_CONTENT));
}
