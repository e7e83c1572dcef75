// The layers: engine ← content ← exercises ← cli | tui. ESLint's no-restricted-imports (eslint.config.js)
// forbids static imports that point up; this test holds the one allowed exception to exactly one place:
// the CLI opens the TUI through a single lazy import().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

it('opens the TUI from the CLI through exactly one lazy import', () => {
  const entries = sources(join(root, 'src/cli')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import\(\s*['"]([^'"]*\/tui\/[^'"]*)['"]\s*\)/g)].map(
      (m) => `${relative(root, file)} → ${m[1]}`,
    ),
  );
  expect(entries).toHaveLength(1);
});
