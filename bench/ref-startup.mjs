// Start-up of `multistage-tutor ref copy from` (search, marked, marked-terminal, highlight.js
// core) as a whole process, against a bare `node -e ''` measured alternately in the same run.
// Budget: at most 1.8x (issue 13; 2.5x in issue 3).
import { bin, ensureBuilt, report, startupRatio } from './lib.mjs';

ensureBuilt();
const runs = Number(process.env.BENCH_RUNS ?? 10);
const r = startupRatio(process.execPath, [bin, 'ref', 'copy', 'from'], { runs, expectStatus: [0] });
console.log(`ref start-up: ${r.ours.toFixed(1)} ms, node -e '': ${r.bare.toFixed(1)} ms (median of ${runs}, alternating)`);
const ok = report('ref start-up ratio', r.ratio, 1.8, { unit: 'x' });
process.exitCode = ok ? 0 : 1;
