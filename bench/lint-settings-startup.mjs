// Start-up of `multistage-tutor lint` on one small file, as whole processes alternated in one run:
// bare `node -e ''`, lint with no settings file, and lint with a settings file (which loads the
// YAML parser and glob matcher, dist/settings.cjs). Budgets: no settings file at most 1.5x node;
// a settings file at most 1.2x lint without one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, ensureBuilt, median, report, timeProcess } from './lib.mjs';

ensureBuilt();
const DOCKERFILE =
  '# syntax=docker/dockerfile:1\nFROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\n' +
  'RUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian13:nonroot AS runtime\n' +
  'COPY --from=build /out/app /app\nUSER nonroot\nENTRYPOINT ["/app"]\n';
const SETTINGS = `rules:
  MS014: error
  MS015: off
failOn: warning
ignorePaths:
  - "test/fixtures/**"
overrides:
  - files: ["**/*.dev.Dockerfile"]
    rules: { MS020: off }
buildTools: [protobuf-compiler]
debugTools: [tcpdump]
`;
// Each in a repository of its own (a .git folder), so the search for a settings file stops there.
const repo = (settings) => {
  const dir = mkdtempSync(join(tmpdir(), 'mst-settings-startup-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  if (settings) writeFileSync(join(dir, '.multistage-tutor.yaml'), settings);
  return dir;
};
const plain = repo(null);
const team = repo(SETTINGS);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const times = { bare: [], plain: [], team: [] };
try {
  for (let i = 0; i < runs + 2; i++) {
    const b = timeProcess(process.execPath, ['-e', '']);
    const p = timeProcess(process.execPath, [bin, 'lint', 'Dockerfile'], { cwd: plain });
    const t = timeProcess(process.execPath, [bin, 'lint', 'Dockerfile'], { cwd: team });
    for (const r of [p, t]) if (r.status !== 0) throw new Error(`lint exited ${r.status}: ${r.stderr.trim()}`);
    if (i >= 2) {
      times.bare.push(b.ms);
      times.plain.push(p.ms);
      times.team.push(t.ms);
    }
  }
} finally {
  rmSync(plain, { recursive: true, force: true });
  rmSync(team, { recursive: true, force: true });
}
const bare = median(times.bare);
const without = median(times.plain);
const withSettings = median(times.team);
console.log(
  `node -e '': ${bare.toFixed(1)} ms; lint, no settings file: ${without.toFixed(1)} ms; lint with .multistage-tutor.yaml: ${withSettings.toFixed(1)} ms (medians of ${runs}, alternating)`,
);
const a = report('lint start-up, no settings file, vs node', without / bare, 1.5, { unit: 'x' });
const b = report('lint start-up with a settings file vs without', withSettings / without, 1.2, { unit: 'x' });
process.exitCode = a && b ? 0 : 1;
