// Precision harness: lints a folder of real Dockerfiles (default /work/shared/corpus/files, or the
// folder given) with the built CLI, and prints findings per rule, files per rule, files a default
// `lint` fails, findings on files that do not parse, and the slowest files (in-process engine).
// It checks the issue-13 targets and exits 1 when one is missed.
//
//   node bench/corpus-precision.mjs [DIR] [--sample MS015[,MS010] [--count 20] [--seed 1]]
//
// `--sample` prints that many findings of a rule, spread over the corpus, for a reviewer to judge.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bin, ensureBuilt, importEngine } from './lib.mjs';

/** What a file uses that older built-in frontends lack (rules.md MS001); a rough cross-check. */
const NEWER_FEATURE = /<<-?["']?[A-Za-z_]|--mount|--link|--chmod|--exclude|--parents|--checksum|--keep-git-dir|^#\s*check\s*=/im;
const DEFAULT_CORPUS = '/work/shared/corpus/files';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string' }, count: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } },
});
const dir = positionals[0] ?? DEFAULT_CORPUS;
if (!existsSync(dir)) {
  console.log(`no corpus at ${dir}: give a folder of Dockerfiles (skipped)`);
  process.exit(0);
}
ensureBuilt();
const names = readdirSync(dir)
  .filter((f) => statSync(join(dir, f)).isFile())
  .sort();
const paths = names.map((f) => join(dir, f));

const run = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--fail-on', 'none', ...paths], {
  maxBuffer: 512 * 1024 * 1024,
  encoding: 'utf8',
});
if (run.status !== 0) throw new Error(`lint exited ${run.status}: ${run.stderr.split('\n')[0]}`);
const files = JSON.parse(run.stdout).files;

const perRule = new Map(); // id -> { findings, files, severities }
let unreadable = 0;
let unparsed = 0;
let unparsedExtra = 0;
let buildable = 0;
let failingBuildable = 0;
const failingByRule = new Map();
const multiStage = new Set();
const texts = new Map();
for (const file of files) {
  if (file.error) {
    unreadable++;
    continue;
  }
  const text = readFileSync(file.file, 'latin1');
  texts.set(file.file, text);
  if ((text.match(/^\s*from\s/gim) ?? []).length >= 2) multiStage.add(file.file);
  const seen = new Set();
  for (const f of file.findings) {
    const entry = perRule.get(f.rule) ?? { findings: 0, files: 0, severities: {}, singleStage: 0 };
    entry.findings++;
    entry.severities[f.severity] = (entry.severities[f.severity] ?? 0) + 1;
    if (!seen.has(f.rule)) {
      entry.files++;
      if (!multiStage.has(file.file)) entry.singleStage++;
    }
    seen.add(f.rule);
    perRule.set(f.rule, entry);
  }
  if (seen.has('MS000')) {
    unparsed++;
    if (file.findings.length !== 1) unparsedExtra++;
    continue;
  }
  buildable++;
  const errors = file.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    failingBuildable++;
    for (const id of new Set(errors.map((f) => f.rule))) failingByRule.set(id, (failingByRule.get(id) ?? 0) + 1);
  }
}

console.log(`corpus: ${dir}: ${files.length} files (${multiStage.size} with two or more FROM lines), ${unreadable} unreadable`);
console.log('\nrule   findings  files  single-stage files  severities');
for (const [id, e] of [...perRule].sort()) {
  const sev = Object.entries(e.severities)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(`${id}  ${String(e.findings).padStart(8)}  ${String(e.files).padStart(5)}  ${String(e.singleStage).padStart(18)}  ${sev}`);
}
const pct = buildable ? (100 * failingBuildable) / buildable : 0;
console.log(`\nfiles that do not parse (MS000): ${unparsed}; of them with more than one finding: ${unparsedExtra}`);
console.log(
  `buildable files failing a default lint (--fail-on error): ${failingBuildable}/${buildable} (${pct.toFixed(1)}%)` +
    (failingByRule.size ? `; by rule: ${[...failingByRule].map(([k, v]) => `${k} ${v}`).join(', ')}` : ''),
);

const single = (id) => perRule.get(id)?.singleStage ?? 0;
const ms001Warnings = files.flatMap((f) => (f.findings ?? []).filter((x) => x.rule === 'MS001' && x.severity !== 'info').map(() => f.file));
const ms001Unneeded = ms001Warnings.filter((file) => !NEWER_FEATURE.test(texts.get(file) ?? ''));
const targets = [
  ['no MS002 on single-stage files', single('MS002') === 0],
  ['no MS008/MS009 on single-stage files', single('MS008') + single('MS009') === 0],
  [
    `MS001 above info only with a newer frontend feature (${ms001Warnings.length} warnings, ${ms001Unneeded.length} without one)`,
    ms001Unneeded.length === 0,
  ],
  ['exactly one finding on a file that does not parse', unparsedExtra === 0],
  ['at most 2% of buildable files fail a default lint', pct <= 2],
];
console.log('');
for (const [label, ok] of targets) console.log(`${ok ? 'ok  ' : 'MISS'}  ${label}`);

// The slowest files, in-process through the engine (warm), so one pathological input shows.
const tmp = mkdtempSync(join(tmpdir(), 'mst-precision-'));
try {
  const { lint } = await importEngine(tmp);
  const readable = [...texts];
  for (const [, text] of readable) lint(text); // warm up
  const times = readable.map(([file, text]) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 5; i++) lint(text);
    return { file, ms: Number(process.hrtime.bigint() - start) / 5e6, lines: text.split('\n').length };
  });
  times.sort((a, b) => b.ms - a.ms);
  console.log('\nslowest files (in-process, warm, mean of 5):');
  for (const t of times.slice(0, 5)) console.log(`  ${t.ms.toFixed(2)} ms  ${t.lines} lines  ${t.file.split('/').pop()}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (values.sample) {
  const count = Number(values.count);
  let seed = Number(values.seed);
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const id of values.sample.toUpperCase().split(',')) {
    const all = files.flatMap((f) => (f.findings ?? []).filter((x) => x.rule === id).map((x) => ({ file: f.file, f: x })));
    const picked = [...all].sort(() => rand() - 0.5).slice(0, count);
    console.log(`\n== ${id}: ${picked.length} of ${all.length} findings`);
    for (const { file, f } of picked) {
      const lines = (texts.get(file) ?? '').split('\n');
      console.log(`-- ${file.split('/').pop()}:${f.line}:${f.column} [${f.severity}] ${f.message}`);
      for (let l = f.line; l <= Math.min(f.endLine, f.line + 2); l++) console.log(`   | ${lines[l - 1]?.slice(0, 160)}`);
    }
  }
}
process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
