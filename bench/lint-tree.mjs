// `lint DIR` against `lint FILE...` on the same 1,000 Dockerfiles, each as ONE process, alternated
// in the same run: searching a repository tree (names, .gitignore files, skipped folders) must
// not cost files per second. Budget: the tree run at least 0.9x the listed run's files/s.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from './lib-corpus.mjs';
import { bin, ensureBuilt, median, report } from './lib.mjs';

const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NAMES = ['Dockerfile', 'api.Dockerfile', 'Dockerfile.prod', 'worker.dockerfile', 'Containerfile'];

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'mst-tree-'));
try {
  // A repository as teams have them: services in nested folders, source files beside the
  // Dockerfiles, a .gitignore at the root and in some services, node_modules and .git to skip.
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.gitignore'), 'dist/\n*.log\n');
  const paths = corpus(COUNT).map((text, i) => {
    const folder = join(`team-${i % 10}`, `service-${String(i).padStart(4, '0')}`);
    mkdirSync(join(dir, folder, 'src'), { recursive: true });
    if (i % 7 === 0) {
      writeFileSync(join(dir, folder, '.gitignore'), 'tmp/\n');
      mkdirSync(join(dir, folder, 'node_modules', 'left-pad'), { recursive: true });
      writeFileSync(join(dir, folder, 'node_modules', 'left-pad', 'Dockerfile'), 'FROM scratch\n');
    }
    writeFileSync(join(dir, folder, 'src', 'main.go'), 'package main\n');
    writeFileSync(join(dir, folder, 'README.md'), '# service\n');
    const path = join(folder, NAMES[i % NAMES.length]);
    writeFileSync(join(dir, path), text);
    return path;
  });
  console.log(`tree: ${COUNT} Dockerfiles in ${COUNT} service folders (with sources, .gitignore files, node_modules), in ${dir}`);

  const lintRate = (args) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--fail-on', 'none', '--no-config', ...args], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`lint exited ${r.status}: ${r.stderr.split('\n')[0]}`);
    const files = JSON.parse(r.stdout).files;
    if (files.length !== COUNT || files.some((f) => f.error)) throw new Error(`lint read ${files.length} files, not ${COUNT}`);
    return COUNT / seconds;
  };
  const listed = [];
  const tree = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const a = lintRate(paths);
    const b = lintRate(['.']);
    if (i > 0) {
      // the first round warms the disk cache
      listed.push(a);
      tree.push(b);
    }
  }
  const l = median(listed);
  const t = median(tree);
  console.log(`lint FILE... (${COUNT} paths listed): median ${l.toFixed(0)} files/s (${listed.map((r) => r.toFixed(0)).join(', ')})`);
  console.log(`lint .       (the tree searched):   median ${t.toFixed(0)} files/s (${tree.map((r) => r.toFixed(0)).join(', ')})`);
  const ok = report('lint . files/s relative to the files listed', t / l, 0.9, { unit: 'x', higherIsBetter: true });
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
