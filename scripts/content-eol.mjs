#!/usr/bin/env node
// Lints every example in the content as of today (not the content's review date), for the
// yearly refresh: which releases in content/versions.json have reached their end of life?
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/content-current-releases.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CONTENT_EOL_TODAY: '1' },
});
process.exitCode = run.status ?? 1;
