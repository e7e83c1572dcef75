// Shared helpers of the bench scripts (bench/run.mjs skips lib*.mjs): timing whole processes, medians, budgets.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** BENCH_BIN measures another build of the CLI (e.g. one made outside the checkout). */
export const bin = process.env.BENCH_BIN ?? join(root, 'dist', 'cli.js');

/**
 * Builds dist/ from the current sources, so the figures are of the bundle users would get.
 * Skipped when BENCH_BIN names another build, or when bench/run.mjs built it already.
 */
export function ensureBuilt() {
  if (process.env.BENCH_BIN || process.env.BENCH_BUILT) return;
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
  process.env.BENCH_BUILT = '1';
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of one whole process, in milliseconds. */
export function timeProcess(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  return { ms, status: result.status, stderr: String(result.stderr ?? '') };
}

/**
 * Times `command` against `node -e ''`, alternating the two so that drift in the machine's load
 * hits both alike. Returns both medians and their ratio.
 */
export function startupRatio(command, args, { runs = 10, warmup = 2, options = {}, expectStatus } = {}) {
  const ours = [];
  const bare = [];
  for (let i = 0; i < warmup + runs; i++) {
    const a = timeProcess(command, args, options);
    if (expectStatus !== undefined && !expectStatus.includes(a.status)) {
      throw new Error(`${[command, ...args].join(' ')} exited ${a.status}: ${a.stderr.trim()}`);
    }
    const b = timeProcess(process.execPath, ['-e', '']);
    if (i >= warmup) {
      ours.push(a.ms);
      bare.push(b.ms);
    }
  }
  const oursMedian = median(ours);
  const bareMedian = median(bare);
  return { ours: oursMedian, bare: bareMedian, ratio: oursMedian / bareMedian };
}

/** One result line: the figure, its budget, and whether it holds. */
export function report(label, value, budget, { unit = '', higherIsBetter = false, digits = 2 } = {}) {
  const ok = higherIsBetter ? value >= budget : value <= budget;
  const shown = `${Number.isInteger(value) ? value : value.toFixed(digits)}${unit}`;
  const limit = `${higherIsBetter ? '>=' : '<='} ${budget}${unit}`;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${label}: ${shown} (budget ${limit})`);
  return ok;
}

/** The engine bundled into `dir` and imported, so a bench can call its lint() in-process. */
export async function importEngine(dir) {
  const { build } = await import('esbuild');
  const file = join(dir, 'engine.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/engine/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['node'],
    outfile: file,
    logLevel: 'warning',
  });
  return import(pathToFileURL(file).href);
}
