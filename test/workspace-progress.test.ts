// The learner's workspace: working copies are created once and never clobbered, progress survives
// damage and concurrent writers.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultHome, exercisesDir, loadExercise, nextExercise, Workspace } from '../src/exercises';

const run = promisify(execFile);
let home: string;
let warnings: string[];
let workspace: Workspace;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'mst-ws-'));
  warnings = [];
  workspace = new Workspace({ home, onWarning: (line) => warnings.push(line) });
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

describe('where the workspace lives', () => {
  test('MULTISTAGE_TUTOR_HOME wins', () => {
    expect(defaultHome({ MULTISTAGE_TUTOR_HOME: '/somewhere/else' })).toBe('/somewhere/else');
    expect(new Workspace({ env: { MULTISTAGE_TUTOR_HOME: home } }).home).toBe(home);
  });

  test.runIf(process.platform === 'linux' && !process.env.XDG_DATA_HOME)('on Linux it is ~/.local/share/multistage-tutor', () => {
    expect(defaultHome({})).toBe(join(homedir(), '.local', 'share', 'multistage-tutor'));
  });

  test('working copies are exercises/<ID>/Dockerfile', () => {
    expect(workspace.workingCopyPath('non-root')).toBe(join(home, 'exercises', 'non-root', 'Dockerfile'));
  });
});

describe('working copies', () => {
  test('the first open copies the start file and marks the exercise in progress', async () => {
    expect(workspace.status('java-jre')).toBe('new');
    const opened = await workspace.openWorkingCopy('java-jre');
    expect(opened.created).toBe(true);
    expect(readFileSync(opened.path, 'utf8')).toBe(loadExercise('java-jre').start);
    expect(workspace.status('java-jre')).toBe('in-progress');
  });

  test("a second open never overwrites the learner's edits", async () => {
    const { path } = await workspace.openWorkingCopy('java-jre');
    writeFileSync(path, '# my half-done answer\nFROM eclipse-temurin:21-jre AS runtime\n');
    const again = await workspace.openWorkingCopy('java-jre');
    expect(again.created).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('# my half-done answer\nFROM eclipse-temurin:21-jre AS runtime\n');
    expect(await workspace.readWorkingCopy('java-jre')).toContain('my half-done answer');
  });

  test('reset puts the start file back and keeps the progress', async () => {
    const { path } = await workspace.openWorkingCopy('non-root');
    writeFileSync(path, 'edited');
    await workspace.recordCheck('non-root', { passed: true });
    await workspace.resetExercise('non-root');
    expect(readFileSync(path, 'utf8')).toBe(loadExercise('non-root').start);
    expect(workspace.status('non-root')).toBe('passed');
  });

  test('reset of everything restores every working copy and clears progress', async () => {
    const a = (await workspace.openWorkingCopy('non-root')).path;
    const b = (await workspace.openWorkingCopy('java-jre')).path;
    writeFileSync(a, 'edited a');
    writeFileSync(b, 'edited b');
    await workspace.recordCheck('java-jre', { passed: true });
    await workspace.resetAll();
    expect(readFileSync(a, 'utf8')).toBe(loadExercise('non-root').start);
    expect(readFileSync(b, 'utf8')).toBe(loadExercise('java-jre').start);
    expect(workspace.readProgress().exercises).toEqual({});
  });

  test('an unknown exercise ID is refused before touching the disk', () => {
    expect(() => workspace.workingCopyPath('../../etc')).toThrow(/unknown exercise/);
    expect(readdirSync(home)).toEqual([]);
  });
});

describe('progress', () => {
  test('a pass is recorded, and stays when a later edit breaks the answer', async () => {
    await workspace.recordCheck('index-breaks', { passed: false });
    expect(workspace.entry('index-breaks')).toMatchObject({ status: 'in-progress', checks: 1, lastPassed: false });
    await workspace.recordCheck('index-breaks', { passed: true });
    await workspace.recordCheck('index-breaks', { passed: false });
    const entry = workspace.entry('index-breaks');
    expect(entry).toMatchObject({ status: 'passed', checks: 3, lastPassed: false });
    expect(entry.passedAt).toBeDefined();
    expect(workspace.solutionUnlocked('index-breaks')).toBe(true);
    expect(workspace.solutionUnlocked('java-jre')).toBe(false);
  });

  test('hints are shown one more at a time, up to three, and remembered', async () => {
    const hints = loadExercise('shared-deps').hints;
    expect((await workspace.nextHint('shared-deps')).text).toBe(hints[0]);
    expect(await workspace.nextHint('shared-deps')).toEqual({ index: 2, total: 3, text: hints[1] });
    expect((await workspace.nextHint('shared-deps')).index).toBe(3);
    expect((await workspace.nextHint('shared-deps')).index).toBe(3);
    expect(workspace.shownHints('shared-deps').map((h) => h.text)).toEqual(hints);
    expect((await workspace.allHints('debug-stage')).map((h) => h.index)).toEqual([1, 2, 3]);
    expect(workspace.entry('debug-stage').hintsShown).toBe(3);
  });

  test('the next exercise skips those already passed', async () => {
    expect(nextExercise(undefined, workspace)?.id).toBe('syntax-directive');
    await workspace.recordCheck('syntax-directive', { passed: true });
    await workspace.recordCheck('index-breaks', { passed: true });
    expect(nextExercise(undefined, workspace)?.id).toBe('name-your-stages');
    expect(nextExercise('name-your-stages', workspace)?.id).toBe('split-single-stage');
    expect(nextExercise('dev-deps-leak', workspace)?.id).toBe('name-your-stages');
  });

  test('is written as JSON a person can read, with no temporary files left behind', async () => {
    await workspace.recordCheck('test-stage', { passed: false });
    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(stored).toMatchObject({ version: 1, exercises: { 'test-stage': { status: 'in-progress', checks: 1 } } });
    expect(readdirSync(home).sort()).toEqual(['progress.json']);
  });

  test.each([
    ['not JSON', '{"version": 1, "exercises": {'],
    ['the wrong shape', '{"version": 1, "exercises": {"non-root": {"status": "finished"}}}'],
    ['an array', '[]'],
    ['empty', ''],
  ])('a damaged progress file (%s) is set aside with one warning, never a crash', async (_label, content) => {
    writeFileSync(join(home, 'progress.json'), content);
    expect(workspace.readProgress()).toEqual({ version: 1, exercises: {} });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/progress\.json\.bad/);
    expect(warnings[0]).not.toContain('\n');
    expect(readFileSync(join(home, 'progress.json.bad'), 'utf8')).toBe(content);
    // And work goes on: the next write starts a fresh file.
    await workspace.recordCheck('non-root', { passed: true });
    expect(workspace.status('non-root')).toBe('passed');
    expect(warnings).toHaveLength(1);
  });

  test('two processes writing at once lose nothing', async () => {
    const bundle = join(home, 'writer.mjs');
    await build({
      stdin: {
        contents: `
          import { Workspace } from './src/exercises/workspace';
          const [home, who, rounds] = process.argv.slice(2);
          const ws = new Workspace({ home, onWarning: (line) => { console.error('WARN ' + line); process.exitCode = 3; } });
          for (let i = 0; i < Number(rounds); i++) {
            await ws.recordCheck('syntax-directive', { passed: false });
            await ws.recordCheck(who, { passed: i === Number(rounds) - 1 });
          }`,
        resolveDir: resolve(import.meta.dirname, '..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'error',
      // As in the real bundle: CommonJS dependencies may read require and __filename.
      banner: {
        js: "import { createRequire as __req } from 'node:module'; import { fileURLToPath as __path } from 'node:url'; const require = __req(import.meta.url); const __filename = __path(import.meta.url);",
      },
    });
    const env = { ...process.env, MULTISTAGE_TUTOR_EXERCISES: exercisesDir() };
    const rounds = 25;
    // Meanwhile this process keeps reading: an atomic write is never seen half-written.
    let reading = true;
    const reader = (async () => {
      while (reading) {
        workspace.readProgress();
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const children = await Promise.all([
      run(process.execPath, [bundle, home, 'java-jre', String(rounds)], { env }),
      run(process.execPath, [bundle, home, 'rust-static', String(rounds)], { env }),
    ]);
    reading = false;
    await reader;
    expect(children.map((c) => c.stderr)).toEqual(['', '']);
    expect(warnings).toEqual([]);
    const progress = workspace.readProgress().exercises;
    expect(progress['syntax-directive']?.checks).toBe(2 * rounds);
    expect(progress['java-jre']).toMatchObject({ checks: rounds, status: 'passed' });
    expect(progress['rust-static']).toMatchObject({ checks: rounds, status: 'passed' });
    expect(existsSync(join(home, 'progress.json.lock'))).toBe(false);
  }, 60_000);
});

test('the default workspace functions follow MULTISTAGE_TUTOR_HOME', async () => {
  vi.stubEnv('MULTISTAGE_TUTOR_HOME', home);
  vi.resetModules();
  try {
    const api = await import('../src/exercises');
    const { path } = await api.openWorkingCopy('cross-platform');
    expect(path).toBe(join(home, 'exercises', 'cross-platform', 'Dockerfile'));
    await api.recordCheck('cross-platform', { passed: true });
    expect(api.readProgress().exercises['cross-platform']?.status).toBe('passed');
    expect(api.exerciseStatus('cross-platform')).toBe('passed');
  } finally {
    vi.unstubAllEnvs();
  }
});
