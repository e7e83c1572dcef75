// Every timing of issue 16 (the hostile-input trial), measured as whole processes: this build,
// and, when BENCH_BASELINE_BIN names another build (e.g. main at session start), that one too in
// the same run, case by case alternating. Prints seconds, peak memory and exit code; a case
// still running at BENCH_HOSTILE_TIMEOUT seconds (default 150) is killed and shown as "> N s".
// Budget: every case of this build finishes within 5 s (--fix of 43,000 lines: 4x plain lint of
// them) and 512 MB, with no exit 70.
//   BENCH_BASELINE_BIN=/tmp/before/dist/cli.js node bench/hostile-timings.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bin, ensureBuilt, report } from './lib.mjs';

ensureBuilt();
const baseline = process.env.BENCH_BASELINE_BIN;
const timeout = Number(process.env.BENCH_HOSTILE_TIMEOUT ?? 150);
const dir = mkdtempSync(join(tmpdir(), 'mst-hostile-'));
const file = (name, text) => (writeFileSync(join(dir, name), text), name);

const tail = 'FROM alpine:3.19 AS app\nUSER 1000\n';
const doubling = (n) => {
  let text = 'ARG A0=x\n';
  for (let i = 1; i < n; i++) text += `ARG A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
  return text + tail;
};
const spaces = ' '.repeat(100_000);
const chain = `FROM golang:1.22 AS s0\n${Array.from({ length: 4_999 }, (_, k) => `FROM s${k} AS s${k + 1}\nRUN go build -o /out/app .\n`).join('')}FROM scratch AS final\nCOPY --from=s4999 /out/app /app\n`;
const fixable = 'FROM alpine:3.19 as x\n'.repeat(43_000);

/** Each case: a label, the CLI's arguments, and optionally a shell setup run first and an environment. */
const cases = [
  ['ARG doubling, 28 lines', { args: ['lint', file('double28', doubling(28))] }],
  ['ARG doubling, 40 lines (+ a second file)', { args: ['lint', file('double40', doubling(40)), file('ok', tail)] }],
  ['# check=skip=a + 100,000 spaces + x', { args: ['lint', file('checkskip', `# check=skip=a${spaces}x\n${tail}`)] }],
  ['# syntax=… + 100,000 spaces + x', { args: ['lint', file('syntax', `# syntax=docker/dockerfile:1${spaces}x\n${tail}`)] }],
  [
    'ignore pragma + 100,000 spaces',
    { args: ['lint', file('pragma', `FROM alpine:3.19 AS app\n# multistage-tutor ignore=${spaces}!\nUSER 1000\n`)] },
  ],
  ['20,000 unclosed ${a:- in FROM', { args: ['lint', file('unclosedfrom', `FROM ${'${a:-'.repeat(20_000)}\n`)] }],
  ['20,000 unclosed ${a:- in ARG', { args: ['lint', file('unclosedarg', `ARG x=${'${a:-'.repeat(20_000)}\n${tail}`)] }],
  ['16,666 nested closed ${…} (100 KB)', { args: ['lint', file('nested', `FROM ${'${a:-'.repeat(16_666)}x${'}'.repeat(16_666)}\n`)] }],
  ['lint, 43,000 fixable lines (946 KB)', { args: ['lint', file('fixable', fixable)] }],
  ['lint --fix, 43,000 fixable lines', { setup: 'cp fixable fixme', args: ['lint', '--fix', 'fixme'] }],
  ['lint, 5,000 chained stages', { args: ['lint', file('chain', chain)] }],
  ['graph, 5,000 chained stages', { args: ['graph', 'chain'] }],
  ['lint ok + a FIFO with no writer', { setup: 'rm -f fifo && mkfifo fifo', args: ['lint', 'ok', 'fifo'] }],
  ['check with MULTISTAGE_TUTOR_HOME=/proc/nope', { args: ['check', 'syntax-directive'], env: { MULTISTAGE_TUTOR_HOME: '/proc/nope' } }],
  [
    'check after a SIGKILL left a stale lock',
    {
      setup: `rm -rf h && mkdir -p h && node -e 'process.stdout.write(String(process.pid))' > h/progress.json.lock`,
      args: ['check', 'syntax-directive'],
      env: { MULTISTAGE_TUTOR_HOME: 'h' },
    },
  ],
  [
    'check of a 60 MB working copy',
    {
      setup: `rm -rf big && mkdir -p big/exercises/syntax-directive && head -c 62914560 /dev/zero | tr '\\0' 'a' > big/exercises/syntax-directive/Dockerfile`,
      args: ['check', 'syntax-directive'],
      env: { MULTISTAGE_TUTOR_HOME: 'big' },
    },
  ],
];

/**
 * One run as a whole process under GNU time (peak RSS) and timeout, which kills the CLI itself
 * (its child) with SIGKILL: the old build ignored SIGTERM in one of these cases.
 */
function measure(binPath, { setup, args, env = {} }) {
  binPath = resolve(binPath);
  if (setup) spawnSync('sh', ['-c', setup], { cwd: dir });
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'timeout', '-s', 'KILL', String(timeout), process.execPath, binPath, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = Number((r.stderr ?? '').trim().split('\n').at(-1)) / 1024;
  // GNU time exits with the command's status; timeout's is 137 when it had to kill.
  const killed = r.status === 137;
  return { seconds, mb, rc: killed ? 'killed' : String(r.status), timedOut: killed };
}

const show = (m) => (m.timedOut ? `> ${timeout} s (killed)` : `${m.seconds.toFixed(2)} s, ${m.mb.toFixed(0)} MB, exit ${m.rc}`);
let ok = true;
const seen = new Map();
for (const [label, command] of cases) {
  const after = measure(bin, command);
  const before = baseline ? measure(baseline, command) : null;
  seen.set(label, after);
  console.log(`${label}\n    this build: ${show(after)}${before ? `\n    baseline:   ${show(before)}` : ''}`);
  if (label === 'lint, 43,000 fixable lines (946 KB)') {
    // A megabyte of instructions takes seconds on a busy machine: its budget is --fix's below.
  } else if (label === 'lint --fix, 43,000 fixable lines') {
    // Linear in the edits: a few lints' worth (lint, fix, lint the result), not quadratic.
    const plain = seen.get('lint, 43,000 fixable lines (946 KB)').seconds;
    ok = report(`  ${label}: time / plain lint`, after.timedOut ? Infinity : after.seconds / plain, 4, { unit: 'x' }) && ok;
  } else {
    ok = report(`  ${label}: seconds`, after.timedOut ? Infinity : after.seconds, 5, { unit: ' s' }) && ok;
  }
  if (!after.timedOut) ok = report(`  ${label}: peak MB`, after.mb, 512, { unit: ' MB', digits: 0 }) && ok;
  if (after.rc === '70') ok = report(`  ${label}: exit 70`, 1, 0) && ok;
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
