// Lint throughput: a generated corpus linted by ONE `multistage-tutor lint --format json` process,
// in files per second (median of 5 runs). Budget: at least 2,500 files/s (issue 2). Also the
// slowest single file, timed in-process through the engine API, as a guard against one
// pathological input hiding in an average.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { corpus } from './lib-corpus.mjs';
import { bin, ensureBuilt, importEngine, median, report, root } from './lib.mjs';

const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const RUNS = 5;
// BENCH_COMPARE names another build of the CLI (e.g. one from before a change) timed in the same
// run, alternated with this one, so "no slower than before" is two figures under the same load.
const compareBin = process.env.BENCH_COMPARE;

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'mst-throughput-'));
try {
  const texts = corpus(COUNT);
  const paths = texts.map((text, i) => {
    const path = join(dir, `${String(i).padStart(5, '0')}.Dockerfile`);
    writeFileSync(path, text);
    return path;
  });
  const lines = texts.reduce((sum, t) => sum + t.split('\n').length - 1, 0);
  console.log(`corpus: ${COUNT} files, ${lines} lines (${(lines / COUNT).toFixed(0)} a file on average), in ${dir}`);

  // Baseline, alternated with lint so drift hits both: a process that only reads the same files
  // and parses them with dockerfile-ast, the parser the engine is built on.
  const parseOnly = join(dir, 'parse-only.mjs');
  writeFileSync(
    parseOnly,
    `import { readFileSync } from 'node:fs';\nimport { createRequire } from 'node:module';\n` +
      `const { DockerfileParser } = createRequire(${JSON.stringify(join(root, 'package.json'))})('dockerfile-ast');\n` +
      `for (const f of process.argv.slice(2)) DockerfileParser.parse(readFileSync(f, 'utf8'));\n`,
  );
  const baseRates = [];
  const rates = [];
  const compareRates = [];
  let findings = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const baseStart = process.hrtime.bigint();
    const base = spawnSync(process.execPath, [parseOnly, ...paths], { encoding: 'utf8' });
    if (base.status !== 0) throw new Error(`parse-only baseline exited ${base.status}: ${base.stderr.split('\n')[0]}`);
    if (i > 0) baseRates.push(COUNT / (Number(process.hrtime.bigint() - baseStart) / 1e9));
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--fail-on', 'none', ...paths], {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`lint exited ${r.status}: ${r.stderr.split('\n')[0]}`);
    const out = JSON.parse(r.stdout);
    if (out.files.length !== COUNT || out.files.some((f) => f.error)) throw new Error('lint did not read every file');
    findings = out.files.reduce((sum, f) => sum + f.findings.length, 0);
    if (i > 0) rates.push(COUNT / seconds); // the first run warms the disk cache
    if (compareBin) compareRates.push(COUNT / lintSeconds(compareBin, paths));
  }
  console.log(`one process, --format json: ${rates.map((r) => r.toFixed(0)).join(', ')} files/s; ${findings} findings`);
  console.log(
    `baseline, one process reading and only parsing with dockerfile-ast: median ${median(baseRates).toFixed(0)} files/s; ` +
      `lint runs at ${(median(rates) / median(baseRates)).toFixed(2)}x the bare parser's rate`,
  );
  if (compareBin) {
    compareRates.shift(); // warm-up, as above
    console.log(
      `the same files through ${compareBin}: median ${median(compareRates).toFixed(0)} files/s; ` +
        `this build runs at ${(median(rates) / median(compareRates)).toFixed(2)}x its rate`,
    );
  }
  const okRate = report('lint throughput (median of 5)', Math.round(median(rates)), 2500, { unit: ' files/s', higherIsBetter: true });

  // Where a lint process spends its time: each phase alone over the same files in a fresh
  // process (so as cold as in the CLI), loop timed from inside, median of 5, alternated.
  const phases = join(dir, 'phases.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "import { readFileSync } from 'node:fs';",
        "import { parseDockerfile } from './src/engine/parse';",
        "import { buildModel } from './src/engine/model';",
        "import { lint } from './src/engine/lint';",
        "import { tuneForShortRun } from './src/cli/short-run';",
        'tuneForShortRun(); // as the lint process does',
        'const [mode, list] = process.argv.slice(2);',
        "const texts = JSON.parse(readFileSync(list, 'utf8')).map((f) => readFileSync(f, 'utf8'));",
        'const run = { parse: parseDockerfile, model: buildModel, lint }[mode];',
        'const start = performance.now();',
        'for (const text of texts) run(text);',
        'console.log(performance.now() - start);',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['node'], // as scripts/build.mjs bundles the CLI
    outfile: phases,
    logLevel: 'warning',
  });
  const list = join(dir, 'files.json');
  writeFileSync(list, JSON.stringify(paths));
  const phaseMs = { parse: [], model: [], lint: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const mode of Object.keys(phaseMs)) {
      const r = spawnSync(process.execPath, [phases, mode, list], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`phase ${mode} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
      phaseMs[mode].push(Number(r.stdout));
    }
  }
  const [parseMs, modelMs, lintMs] = [median(phaseMs.parse), median(phaseMs.model), median(phaseMs.lint)];
  console.log(
    `cold, in a fresh process (median of ${RUNS}): dockerfile-ast parse and conversion ${parseMs.toFixed(0)} ms, ` +
      `stage model +${(modelMs - parseMs).toFixed(0)} ms, rules +${(lintMs - modelMs).toFixed(0)} ms (lint ${lintMs.toFixed(0)} ms)`,
  );

  // The slowest file, in-process: bundle the engine's entry so this script can import it.
  const { lint } = await importEngine(dir);
  // The first pass is what the CLI process pays (a cold JIT); later passes are the engine warm.
  const coldStart = process.hrtime.bigint();
  for (const text of texts) lint(text);
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
  let slowest = { ms: 0, index: -1 };
  const times = [];
  for (const [index, text] of texts.entries()) {
    const start = process.hrtime.bigint();
    lint(text);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, index };
  }
  const warmMs = times.reduce((a, b) => a + b, 0);
  console.log(
    `in-process engine over the corpus: ${coldMs.toFixed(0)} ms cold (first pass), ${warmMs.toFixed(0)} ms warm ` +
      `(${((COUNT / warmMs) * 1000).toFixed(0)} files/s)`,
  );
  console.log(
    `in-process engine: median ${median(times).toFixed(3)} ms a file; slowest ${slowest.ms.toFixed(2)} ms ` +
      `(file ${String(slowest.index).padStart(5, '0')}, ${texts[slowest.index].split('\n').length - 1} lines)`,
  );
  process.exitCode = okRate ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Seconds one `lint --format json` process of `cli` takes over `paths`. */
function lintSeconds(cli, paths) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--fail-on', 'none', ...paths], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cli} lint exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}
