// Start-up of `multistage-tutor lint` on one small file, as a whole process, against a bare
// `node -e ''` measured alternately in the same run. Budget: at most 1.5x (issue 13; 1.6x in issue 2).
// Twice: as every run after the first on a machine (V8's code cache in place, src/cli/compile-cache.ts),
// and as a first run (NODE_DISABLE_COMPILE_CACHE=1), which the 1.6x of issue 2 still bounds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, ensureBuilt, report, startupRatio } from './lib.mjs';

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'mst-startup-'));
const file = join(dir, 'Dockerfile');
writeFileSync(
  file,
  '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n' +
    'RUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime\n' +
    'COPY --from=build /out/app /app\nUSER nonroot\nENTRYPOINT ["/app"]\n',
);
const runs = Number(process.env.BENCH_RUNS ?? 10);
const cache = join(dir, 'cache');
const warm = startupRatio(process.execPath, [bin, 'lint', file], {
  runs,
  expectStatus: [0, 1],
  options: { env: { ...process.env, MULTISTAGE_TUTOR_CACHE: cache } },
});
const cold = startupRatio(process.execPath, [bin, 'lint', file], {
  runs,
  expectStatus: [0, 1],
  options: { env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } },
});
rmSync(dir, { recursive: true, force: true });
console.log(`lint start-up: ${warm.ours.toFixed(1)} ms, node -e '': ${warm.bare.toFixed(1)} ms (median of ${runs}, alternating)`);
console.log(`  first run on a machine (no code cache): ${cold.ours.toFixed(1)} ms, node -e '': ${cold.bare.toFixed(1)} ms`);
const ok = report('lint start-up ratio', warm.ratio, 1.5, { unit: 'x' });
const okCold = report('lint start-up ratio, first run (no code cache)', cold.ratio, 1.6, { unit: 'x' });
process.exitCode = ok && okCold ? 0 : 1;
