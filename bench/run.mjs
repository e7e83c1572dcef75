// `npm run bench`: every bench script in this folder, one after the other (they measure time, so
// never in parallel). Helpers (lib*.mjs) are not benches. Exit 1 if any figure is over budget.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('lib'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

ensureBuilt(); // once; the scripts below see BENCH_BUILT and measure this build
const failed = [];
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const r = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed.push(script);
}
console.log(failed.length ? `\nover budget or failed: ${failed.join(', ')}` : `\nall ${scripts.length} benches within budget`);
process.exitCode = failed.length ? 1 : 0;
