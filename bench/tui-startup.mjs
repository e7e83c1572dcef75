// Start-up of the full-screen tutor in a pseudo-terminal: time from process start to the first
// frame of the home screen, median of 10, against `node -e ''` run the same way in the same run;
// and the app's peak memory (RSS), at start-up and over a short tour of the screens.
// Budgets: first frame at most 2.8x (issue 13; 3.5x in issue 5) `node -e ''`; peak RSS at most 120 MB.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { bin, ensureBuilt, median, report } from './lib.mjs';

if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log('skip  tui start-up: `script` (util-linux) is not installed, so there is no pseudo-terminal to measure in');
  process.exit(0);
}
ensureBuilt();

const runs = Number(process.env.BENCH_RUNS ?? 10);
const work = mkdtempSync(join(tmpdir(), 'mst-tui-bench-'));
const probe = join(work, 'rss-probe.mjs');
// Loaded with --import only in the memory runs, so it never weighs on the timings.
writeFileSync(
  probe,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => writeFileSync(process.env.RSS_OUT, String(process.resourceUsage().maxRSS)));\n",
);
const sh = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `command` in a fresh pty (script(1)) of 100x30. Resolves with the milliseconds from spawn
 * until `marker` first shows in its output (or until exit when marker is null). `steps` then
 * sends keys, each after its own marker shows.
 */
function inPty(command, { marker = null, steps = [], env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-q', '-e', '-c', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], {
      env: { ...process.env, ...env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    let firstFrame = null;
    let step = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; output so far:\n${out.slice(-2000)}`));
    }, 20000);
    child.stdout.on('data', (chunk) => {
      out += stripVTControlCharacters(chunk.toString('utf8'));
      if (marker && firstFrame === null && out.includes(marker)) {
        firstFrame = Number(process.hrtime.bigint() - start) / 1e6;
        out = '';
      }
      if (firstFrame !== null && step < steps.length) {
        const [waitFor, keys] = steps[step];
        if (waitFor === null || out.includes(waitFor)) {
          step++;
          out = '';
          setTimeout(() => child.stdin.write(keys), 30);
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const total = Number(process.hrtime.bigint() - start) / 1e6;
      if (marker && firstFrame === null) return reject(new Error(`no first frame (exit ${code}); output:\n${out.slice(-2000)}`));
      resolve({ ms: marker ? firstFrame : total, code });
    });
  });
}

const home = join(work, 'home');
const env = { MULTISTAGE_TUTOR_HOME: home };
const app = `${sh(process.execPath)} ${sh(bin)}`;
// The footer is the last line of the home screen's first frame.
const marker = 'q quit';
const quit = [[null, 'q']];

const ours = [];
const bare = [];
for (let i = 0; i < runs + 2; i++) {
  const a = await inPty(app, { marker, steps: quit, env });
  const b = await inPty(`${sh(process.execPath)} -e ''`);
  if (i >= 2) {
    ours.push(a.ms);
    bare.push(b.ms);
  }
}

async function peakRss(steps) {
  const out = join(work, 'rss');
  await inPty(`${sh(process.execPath)} --import ${sh(pathToFileURL(probe).href)} ${sh(bin)}`, {
    marker,
    steps,
    env: { ...env, RSS_OUT: out },
  });
  return Number(readFileSync(out, 'utf8')) / 1024;
}
const startRss = await peakRss(quit);
// A tour: reference (rendered Markdown), a search, the exercise list, lint, then quit.
const tourRss = await peakRss([
  [null, '1'],
  ['sections', '/'],
  ['search:', 'copy'],
  ['search: copy', '\r'],
  ['copy-from · lines', 'q'],
  ['Pick a place', '3'],
  ['done', 'q'],
  ['Pick a place', '4'],
  ['Dockerfile:', '\x1b'],
  ['Pick a place', 'q'],
]);
rmSync(work, { recursive: true, force: true });

const oursMedian = median(ours);
const bareMedian = median(bare);
console.log(
  `tui first frame: median ${oursMedian.toFixed(1)} ms over ${runs} runs; node -e '' in the same pty: ${bareMedian.toFixed(1)} ms`,
);
let ok = report("tui first frame / node -e ''", oursMedian / bareMedian, 2.8, { unit: 'x' });
ok = report('tui peak RSS, start-up and quit', Math.round(startRss), 120, { unit: ' MB' }) && ok;
ok = report('tui peak RSS, tour of the screens', Math.round(tourRss), 120, { unit: ' MB' }) && ok;
process.exitCode = ok ? 0 : 1;
