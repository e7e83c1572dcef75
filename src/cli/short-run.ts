// V8 tuning for a process that lints and exits: `multistage-tutor lint` (scripts/lint-entry.ts)
// and bench/lint-throughput.mjs, which measures the same.
import v8 from 'node:v8';

/**
 * A lint process is short: most of it runs before V8's optimizing compiler (TurboFan, on a
 * background thread) has finished the hot functions, and on a two-core machine that thread is
 * busy the whole run. Cheaper compiles bring the optimized code sooner: no loop peeling (which
 * copies loop bodies). Call it before any function is hot. V8 prints an error for a flag it does
 * not know: only the versions known to have these (Node 20 to 24) get them.
 *
 * Only flags V8 reads afresh each time may change here. `--max-inlined-bytecode-size` did too,
 * until it crashed V8 (a fatal CHECK in its inliner, `inlineability ==
 * kHasOptimizationDisabled`, exit 133) in 12 of 20 lints of 1,435 real files: V8 had judged
 * which functions may be inlined under the old limit. SAFE_AT_RUNTIME lists what may be set.
 */
export const SAFE_AT_RUNTIME: readonly string[] = ['--no-turbo-loop-peeling', '--interrupt-budget'];

let tuned = false;

/** Whether this run changed V8's flags: V8 then rejects a code cache made from it in a run that did not (compile-cache.ts). */
export function flagsTuned(): boolean {
  return tuned;
}

export function tuneForShortRun(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major < 11 || major > 13) return;
  tuned = true;
  v8.setFlagsFromString('--no-turbo-loop-peeling');
  // A larger profiler budget (default 67584 on Node 20's V8 11) sends fewer functions to
  // TurboFan, whose thread competes with the lint for the machine's cores: on the shared corpus
  // 1.09x (496 vs 548 ms, median of 15, alternated), generated corpus 1.06x; 250k and more lose
  // it again. Measured on V8 11 only, so only there.
  if (major === 11) v8.setFlagsFromString('--interrupt-budget=150000');
}
