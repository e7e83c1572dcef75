// The workspace in a hostile environment: each fault is one actionable line and exit 2, a lock
// or temporary file left by a killed process is cleaned up, and a BOM is not damage.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cli, expectOneLineError, fakeIO, workspace } from './cli-helpers';
import { cleanStaleTemps, withLock } from '../src/exercises/files';
import { Workspace } from '../src/exercises';
import { run as reset } from '../src/cli/commands/reset';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanups.splice(0)) done();
});
function home(content: Record<string, string | Buffer> = {}) {
  const ws = workspace(content);
  cleanups.push(ws.done);
  return ws.dir;
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const ID = 'syntax-directive';
const check = (env: Record<string, string | undefined>) => cli(['check', ID], { env });

/** How long `run` takes, in ms. */
function timed(run: () => unknown): number {
  const start = Date.now();
  run();
  return Date.now() - start;
}

/** A pid that is surely not running: a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('environment faults are one line and exit 2, never an internal error', () => {
  it('progress.json is a directory', () => {
    const dir = home();
    mkdirSync(join(dir, 'progress.json'));
    const run = check({ MULTISTAGE_TUTOR_HOME: dir });
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toMatch(/progress\.json is a directory/);
  });

  it('the data folder cannot be made (a file is in the way)', () => {
    const dir = home({ file: 'x' });
    const run = check({ MULTISTAGE_TUTOR_HOME: join(dir, 'file', 'home') });
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toMatch(/MULTISTAGE_TUTOR_HOME|not a folder|is a file/);
  });

  it('MULTISTAGE_TUTOR_HOME=/proc/nope: exit 2 at once (it used to spin forever)', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', ID], {
      env: { ...process.env, MULTISTAGE_TUTOR_HOME: '/proc/nope' },
      encoding: 'utf8',
      timeout: 15_000,
      killSignal: 'SIGKILL',
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expectOneLineError({ status: run.status, stdout: run.stdout, stderr: run.stderr });
  });

  it.runIf(!root)('a read-only data folder', () => {
    const dir = home();
    spawnSync('chmod', ['0555', dir]);
    const run = check({ MULTISTAGE_TUTOR_HOME: dir });
    spawnSync('chmod', ['0755', dir]);
    expect(run.status).toBe(2);
    expectOneLineError(run);
  });

  it('a working copy that is a directory', () => {
    const dir = home();
    mkdirSync(join(dir, 'exercises', ID, 'Dockerfile'), { recursive: true });
    const run = check({ MULTISTAGE_TUTOR_HOME: dir });
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toMatch(/directory/);
  });

  it('a lock held by a live process: waits, then says who holds it', async () => {
    const dir = home();
    const file = join(dir, 'progress.json');
    writeFileSync(`${file}.lock`, `${process.pid}\n`);
    await expect(withLock(file, () => 1, { waitMs: 300 })).rejects.toThrow(new RegExp(`locked by process ${process.pid}`));
  });
});

describe('what a killed process leaves behind', () => {
  it('a lock whose owner is gone is taken over at once', () => {
    const dir = home();
    const baseline = timed(() => check({ MULTISTAGE_TUTOR_HOME: home() }));
    writeFileSync(join(dir, 'progress.json.lock'), `${deadPid()}\n`);
    const start = Date.now();
    const run = check({ MULTISTAGE_TUTOR_HOME: dir });
    expect(run.status).toBe(1);
    // Not the 10 s a stale lock used to cost: about as long as a check with no lock at all.
    expect(Date.now() - start).toBeLessThan(baseline + 5_000);
    expect(existsSync(join(dir, 'progress.json.lock'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).exercises[ID].checks).toBe(1);
  });

  it("temporary files of a dead writer are removed on the next run; a live writer's are kept", () => {
    const dir = home();
    const file = join(dir, 'progress.json');
    const dead = `.progress.json.${deadPid()}.1.mst-tmp`;
    const live = `.progress.json.${process.pid}.99.mst-tmp`;
    writeFileSync(join(dir, dead), '{');
    writeFileSync(join(dir, live), '{');
    expect(cleanStaleTemps(file)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([live]);
  });

  it('SIGKILL in the middle of check leaves nothing the next check trips on', async () => {
    const dir = home();
    for (let i = 0; i < 3; i++) {
      const child = spawn(process.execPath, [BIN, 'check', ID], { env: { ...process.env, MULTISTAGE_TUTOR_HOME: dir }, stdio: 'ignore' });
      // Listen before killing: a check may also finish on its own first.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 150 + i * 100));
      child.kill('SIGKILL');
      await exited;
    }
    const baseline = timed(() => check({ MULTISTAGE_TUTOR_HOME: home() }));
    const start = Date.now();
    const run = check({ MULTISTAGE_TUTOR_HOME: dir });
    expect(run.status).toBe(1);
    expect(Date.now() - start).toBeLessThan(baseline + 5_000);
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock') || f.endsWith('.mst-tmp'))).toEqual([]);
  }, 90_000);
});

describe('progress.json with a byte-order mark', () => {
  it('is read as it is, not set aside as damaged', () => {
    const dir = home();
    const progress = { version: 1, exercises: { [ID]: { status: 'passed', hintsShown: 1, checks: 2 } } };
    writeFileSync(join(dir, 'progress.json'), '\uFEFF' + JSON.stringify(progress));
    const warnings: string[] = [];
    const ws = new Workspace({ home: dir, onWarning: (line) => warnings.push(line) });
    expect(ws.status(ID)).toBe('passed');
    expect(warnings).toEqual([]);
    expect(existsSync(join(dir, 'progress.json.bad'))).toBe(false);
  });
});

describe('Ctrl-D at the reset prompt', () => {
  it('is taken as no, on a line of its own, and the working copy is kept', async () => {
    const dir = home();
    mkdirSync(join(dir, 'exercises', ID), { recursive: true });
    writeFileSync(join(dir, 'exercises', ID, 'Dockerfile'), 'FROM alpine:3.19 AS mine\n');
    const io = fakeIO({ interactive: true, env: { MULTISTAGE_TUTOR_HOME: dir }, stdin: Readable.from([]) as unknown as NodeJS.ReadStream });
    const code = await reset([ID], io);
    expect(io.out()).toMatch(/\[y\/N\] \n.*kept your working copy/);
    expect(readFileSync(join(dir, 'exercises', ID, 'Dockerfile'), 'utf8')).toBe('FROM alpine:3.19 AS mine\n');
    // The same exit code as answering no.
    const io2 = fakeIO({
      interactive: true,
      env: { MULTISTAGE_TUTOR_HOME: dir },
      stdin: Readable.from(['n\n']) as unknown as NodeJS.ReadStream,
    });
    expect(code).toBe(await reset([ID], io2));
  });
});
