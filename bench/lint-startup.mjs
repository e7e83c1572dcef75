// Start-up of `multistage-tutor lint` on one small file, as a whole process, against a bare
// `node -e ''` measured alternately in the same run. Budget: at most 1.5x (issue 13; 1.6x in issue 2).
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
const r = startupRatio(process.execPath, [bin, 'lint', file], { runs, expectStatus: [0, 1] });
rmSync(dir, { recursive: true, force: true });
console.log(`lint start-up: ${r.ours.toFixed(1)} ms, node -e '': ${r.bare.toFixed(1)} ms (median of ${runs}, alternating)`);
const ok = report('lint start-up ratio', r.ratio, 1.5, { unit: 'x' });
process.exitCode = ok ? 0 : 1;
