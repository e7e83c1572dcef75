// Whole-process speed on real files: one `multistage-tutor lint --format json` process over the
// shared corpus (default /work/shared/corpus/files, or the folder given), in files per second,
// against two baselines timed in the same run, alternated so the machine's load hits all alike:
//   - parse-only: a process that reads the same files and only parses them with dockerfile-ast;
//   - dockerfilelint (npm, a dev dependency of the bench only: `npm ci --prefix bench`), on the
//     files it can lint without crashing (it throws on some real files; those are left out of
//     both sides of that race, and counted).
// Budgets (issue 13): at least 2,500 files/s, and at least 1.2x dockerfilelint's files/s.
//
//   node bench/corpus-speed.mjs [DIR]        BENCH_RUNS=7 for more runs (median is quoted)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, ensureBuilt, median, report, root } from './lib.mjs';

const dir = process.argv[2] ?? '/work/shared/corpus/files';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!existsSync(dir)) {
  console.log(`no corpus at ${dir}: give a folder of Dockerfiles (skipped)`);
  process.exit(0);
}
const dockerfilelintBin = join(root, 'bench', 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint');
if (!existsSync(dockerfilelintBin)) {
  console.log('dockerfilelint is not installed: run `npm ci --prefix bench` first');
  process.exit(1);
}
ensureBuilt();

const paths = readdirSync(dir)
  .map((f) => join(dir, f))
  .filter((p) => statSync(p).isFile())
  .sort();

// The files dockerfilelint survives, found once in-process through its library.
const requireBench = createRequire(join(root, 'bench', 'package.json'));
const dockerfilelint = requireBench('dockerfilelint');
const survivable = paths.filter((p) => {
  try {
    dockerfilelint.run(dir, readFileSync(p, 'utf8'));
    return true;
  } catch {
    return false;
  }
});

const tmp = mkdtempSync(join(tmpdir(), 'mst-corpus-speed-'));
try {
  const parseOnly = join(tmp, 'parse-only.mjs');
  writeFileSync(
    parseOnly,
    `import { readFileSync } from 'node:fs';\nimport { createRequire } from 'node:module';\n` +
      `const { DockerfileParser } = createRequire(${JSON.stringify(join(root, 'package.json'))})('dockerfile-ast');\n` +
      `for (const f of process.argv.slice(2)) DockerfileParser.parse(readFileSync(f, 'utf8'));\n`,
  );
  const variants = {
    lint: { args: [bin, 'lint', '--format', 'json', '--fail-on', 'none', ...paths], files: paths.length, ok: [0] },
    'parse-only': { args: [parseOnly, ...paths], files: paths.length, ok: [0] },
    'lint (dockerfilelint files)': {
      args: [bin, 'lint', '--format', 'json', '--fail-on', 'none', ...survivable],
      files: survivable.length,
      ok: [0],
    },
    // dockerfilelint exits with its count of problems: any status, but nothing on stderr.
    dockerfilelint: { args: [dockerfilelintBin, '-j', ...survivable], files: survivable.length, ok: null },
  };
  const rates = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < RUNS + 1; i++) {
    for (const [name, v] of Object.entries(variants)) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, v.args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (v.ok ? !v.ok.includes(r.status) : String(r.stderr).trim() !== '')
        throw new Error(`${name} exited ${r.status}: ${String(r.stderr).split('\n')[0]}`);
      if (i > 0) rates[name].push(v.files / seconds); // the first round warms the disk cache
    }
  }
  const m = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
  console.log(
    `corpus: ${paths.length} files in ${dir}; dockerfilelint crashes on ${paths.length - survivable.length}, races on the other ${survivable.length}`,
  );
  for (const [name, v] of Object.entries(rates))
    console.log(`  ${name.padEnd(28)} median ${m[name].toFixed(0).padStart(5)} files/s  (${v.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(
    `lint runs at ${(m.lint / m['parse-only']).toFixed(2)}x the parse-only rate; ${(m['lint (dockerfilelint files)'] / m.dockerfilelint).toFixed(2)}x dockerfilelint's on the same files`,
  );
  const okRate = report('lint on the corpus, whole process', Math.round(m.lint), 2500, { unit: ' files/s', higherIsBetter: true });
  const okRace = report('lint vs dockerfilelint, same files', m['lint (dockerfilelint files)'] / m.dockerfilelint, 1.2, {
    unit: 'x',
    higherIsBetter: true,
  });
  process.exitCode = okRate && okRace ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
