// Where content/ lives. The same code runs from src/ (tests), dist/ and dist/chunks/
// (the bundle), so look upwards instead of assuming a depth.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function contentDir(): string {
  if (cached) return cached;
  const override = process.env.MULTISTAGE_TUTOR_CONTENT;
  if (override) return (cached = override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'content', 'reference'))) return (cached = join(dir, 'content'));
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the content/ folder of multistage-tutor');
    dir = up;
  }
}
