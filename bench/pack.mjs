// What `npx multistage-tutor` downloads: the tarball, its unpacked size, and how many packages an
// install of it pulls in (budgets: 600 KB, 1 package; issue 6). Then the start-up figures again,
// from the installed package in a folder with no node_modules above it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, report, root, startupRatio } from './lib.mjs';

ensureBuilt();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(join(tmpdir(), 'mst-pack-'));
const results = [];
try {
  // --ignore-scripts: dist/ is built already; `prepack` would only build it again.
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  );
  const tarball = join(work, packed.filename);
  console.log(`tarball: ${packed.filename}, ${packed.entryCount} files`);
  results.push(report('tarball size', Math.round(packed.size / 1024), 600, { unit: ' KB' }));
  console.log(`unpacked size: ${Math.round(packed.unpackedSize / 1024)} KB`);

  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{"name":"bench-install","version":"1.0.0","private":true}\n');
  const start = process.hrtime.bigint();
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app, stdio: 'pipe' });
  const installMs = Number(process.hrtime.bigint() - start) / 1e6;
  const packages = countPackages(join(app, 'node_modules'));
  console.log(`offline install of the tarball: ${installMs.toFixed(0)} ms`);
  results.push(report('packages installed', packages, 1));

  const bin = join(app, 'node_modules', 'multistage-tutor', 'dist', 'cli.js');
  const file = join(work, 'Dockerfile');
  writeFileSync(
    file,
    '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
  );
  const lint = startupRatio(process.execPath, [bin, 'lint', file], { expectStatus: [0, 1], options: { cwd: app } });
  console.log(`installed lint start-up: ${lint.ours.toFixed(1)} ms vs node -e '' ${lint.bare.toFixed(1)} ms`);
  results.push(report('installed lint start-up ratio', lint.ratio, 1.6, { unit: 'x' }));
  const ref = startupRatio(process.execPath, [bin, 'ref', 'copy from'], { expectStatus: [0], options: { cwd: app } });
  console.log(`installed ref start-up: ${ref.ours.toFixed(1)} ms vs node -e '' ${ref.bare.toFixed(1)} ms`);
  results.push(report('installed ref start-up ratio', ref.ratio, 2.5, { unit: 'x' }));
  // The TUI's first frame and memory, from the installed package, by the TUI bench itself.
  console.log('installed TUI:');
  const tui = spawnSync(process.execPath, [join(root, 'bench', 'tui-startup.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_BIN: bin },
  });
  results.push(tui.status === 0);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = results.every(Boolean) ? 0 : 1;

/** Package folders under node_modules, nested ones included (scoped packages count once). */
function countPackages(dir) {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@')) {
      count += countPackages(join(dir, entry.name));
      continue;
    }
    count += 1 + countPackages(join(dir, entry.name, 'node_modules'));
  }
  return count;
}
