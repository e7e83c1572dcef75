// The long fuzz run of issue 16: 20,000 hostile files (test/fuzz-inputs.ts, seeded) through
// lint, the stage graph, the text report and --fix, in this process. Reports the inputs that
// threw, took over BENCH_FUZZ_MS (default 2,000 ms) or pushed the heap over BENCH_FUZZ_MB
// (default 512 MB, after a collection). Budget: 0 of each. BENCH_FUZZ_RUNS and BENCH_FUZZ_SEED
// change the run. It runs itself again with --expose-gc if started without it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { report, root } from './lib.mjs';

if (!globalThis.gc) {
  const again = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const runs = Number(process.env.BENCH_FUZZ_RUNS ?? 20_000);
const seed = Number(process.env.BENCH_FUZZ_SEED ?? 16);
const overMs = Number(process.env.BENCH_FUZZ_MS ?? 2_000);
const overMb = Number(process.env.BENCH_FUZZ_MB ?? 512);

// The engine and the generator from source, bundled once for this process.
const dir = mkdtempSync(join(tmpdir(), 'mst-fuzz-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { lint, fixText, stageGraph } from ${JSON.stringify(join(root, 'src/engine/index.ts'))};
export { formatText } from ${JSON.stringify(join(root, 'src/cli/format/text.ts'))};
export { paint } from ${JSON.stringify(join(root, 'src/cli/format/color.ts'))};
export { hostileFile } from ${JSON.stringify(join(root, 'test/fuzz-inputs.ts'))};
export { default as fc } from 'fast-check';`,
);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(dir, 'fuzz.mjs'),
  absWorkingDir: root,
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
});
const { lint, fixText, stageGraph, formatText, paint, hostileFile, fc } = await import(pathToFileURL(join(dir, 'fuzz.mjs')).href);
rmSync(dir, { recursive: true, force: true });

const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const inputs = fc.sample(hostileFile, { numRuns: runs, seed });
const threw = [];
const slow = [];
const heavy = [];
const unsafe = [];
let slowest = { ms: 0, size: 0 };
const retained = [];
const start = performance.now();
for (let i = 0; i < inputs.length; i++) {
  const text = inputs[i];
  const t0 = performance.now();
  try {
    const { findings, model } = lint(text);
    stageGraph(model);
    const shown = formatText([{ name: 'Dockerfile', lines: model.lines, findings }], 0, paint(false), 80);
    if (RAW_CONTROL.test(shown)) unsafe.push(i);
    // --fix on a share of them: it lints several times over.
    if (i % 4 === 0) fixText(text);
  } catch (error) {
    threw.push({ i, message: String(error?.message ?? error).split('\n')[0] });
  }
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { ms, size: text.length, i };
  if (ms > overMs) slow.push({ i, ms: Math.round(ms), size: text.length });
  let mb = process.memoryUsage().heapUsed / 1024 / 1024;
  // Over the line: collect the garbage first (when node runs with --expose-gc), so what counts
  // is memory still held, not garbage not yet collected.
  if (mb > overMb && globalThis.gc) {
    globalThis.gc();
    mb = process.memoryUsage().heapUsed / 1024 / 1024;
  }
  if (mb > overMb) heavy.push({ i, mb: Math.round(mb) });
  if (i % 2000 === 0 && globalThis.gc) {
    globalThis.gc();
    retained.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024));
  }
}
const seconds = (performance.now() - start) / 1000;
console.log(
  `${inputs.length} hostile inputs (seed ${seed}) in ${seconds.toFixed(1)} s; slowest ${slowest.ms.toFixed(0)} ms (input ${slowest.i}, ${slowest.size} chars)`,
);
if (retained.length)
  console.log(`heap after collection every 2,000 inputs: ${retained.join(', ')} MB (the inputs themselves are held throughout)`);
for (const t of threw.slice(0, 5)) console.log(`  threw on input ${t.i}: ${t.message}`);
for (const s of slow.slice(0, 5)) console.log(`  over time: input ${s.i}, ${s.ms} ms, ${s.size} chars`);
for (const h of heavy.slice(0, 5)) console.log(`  over memory: input ${h.i}, ${h.mb} MB heap`);
let ok = report('inputs that threw', threw.length, 0);
ok = report(`inputs over ${overMs} ms`, slow.length, 0) && ok;
ok = report(`inputs over ${overMb} MB heap`, heavy.length, 0) && ok;
ok = report('reports with a raw control character', unsafe.length, 0) && ok;
process.exitCode = ok ? 0 : 1;
