// V8 tuning for a process that lints and exits: `multistage-tutor lint` (scripts/lint-entry.ts)
// and bench/lint-throughput.mjs, which measures the same.
import v8 from 'node:v8';

/**
 * A lint process is short: most of it runs before V8's optimizing compiler has finished the hot
 * functions. A smaller inlining budget (default 460 bytes of bytecode) makes those compiles
 * quicker, so the optimized code arrives sooner: 1,000 files lint in about 16% less time
 * (bench/lint-throughput.mjs), and a warm engine is no slower. Call it before any function is
 * hot. V8 prints an error for a flag it does not know: only the versions known to have this one
 * (Node 20 to 24) get it.
 */
export function tuneForShortRun(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major >= 11 && major <= 13) v8.setFlagsFromString('--max-inlined-bytecode-size=50');
}
