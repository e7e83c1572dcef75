// Writes the JSON Schemas editors read (content/trees/tree.schema.json) from the one definition in
// src/content/tree-schema.ts. `npm run schemas`; a test fails when the committed file is stale.
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'mst-schemas-'));
try {
  const out = join(dir, 'schemas.mjs');
  await build({
    entryPoints: [join(root, 'src/content/tree-schema.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
  });
  const { treeJsonSchema } = await import(out);
  writeFileSync(join(root, 'content/trees/tree.schema.json'), JSON.stringify(treeJsonSchema(), null, 2) + '\n');
  console.log('wrote content/trees/tree.schema.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
