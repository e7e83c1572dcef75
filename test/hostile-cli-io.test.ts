// lint, graph, tree and check against hostile files and a hostile environment: files --fix may
// not write, output that cannot be written, pipes and folders where files should be, and
// control characters that must never reach the terminal raw.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cli, expectOneLineError, NUMERIC_REF, workspace } from './cli-helpers';
import { writeAtomic } from '../src/exercises/files';
import { escapeControls } from '../src/engine';

let done: (() => void) | null = null;
afterEach(() => {
  done?.();
  done = null;
});
function files(content: Record<string, string | Buffer>) {
  const ws = workspace(content);
  done = ws.done;
  return ws.dir;
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
// Another user (nobody) can run the built CLI only when every folder above it lets others in:
// a checkout inside a private folder (mktemp -d is 0700) cannot stage the third-user case.
const othersCanRunBin = (() => {
  try {
    if ((statSync(BIN).mode & 0o004) === 0) return false;
    for (let dir = dirname(BIN); ; dir = dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) return false;
      if (dirname(dir) === dir) return true;
    }
  } catch {
    return false;
  }
})();

describe('--fix refuses files the user could not write', () => {
  it('leaves a read-only (0444) file unchanged, exit 2, one line; other files are still fixed', () => {
    const dir = files({ 'ro.Dockerfile': NUMERIC_REF, 'rw.Dockerfile': NUMERIC_REF });
    chmodSync(join(dir, 'ro.Dockerfile'), 0o444);
    const run = cli(['lint', '--fix', 'ro.Dockerfile', 'rw.Dockerfile'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'ro.Dockerfile'), 'utf8')).toBe(NUMERIC_REF);
    expect(statSync(join(dir, 'ro.Dockerfile')).mode & 0o777).toBe(0o444);
    expect(run.stderr).toMatch(/ro\.Dockerfile: is read-only \(mode 0444\); the fixes were not written/);
    // It was read and linted: the summary says what went wrong, not that it could not be read.
    expect(run.stdout).toMatch(/ in 1 file; 1 file could not be fixed in place \(--fix\)$/m);
    expect(run.stdout).not.toMatch(/could not be read/);
    expect(readFileSync(join(dir, 'rw.Dockerfile'), 'utf8')).toContain('COPY --from=build');
  });

  it.runIf(root && othersCanRunBin)('leaves a file owned by another user unchanged when run by a third user', () => {
    const dir = files({ 'theirs.Dockerfile': NUMERIC_REF });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'theirs.Dockerfile'), 0o666);
    chownSync(join(dir, 'theirs.Dockerfile'), 1234, 1234);
    const run = spawnSync(process.execPath, [BIN, 'lint', '--fix', 'theirs.Dockerfile'], {
      cwd: dir,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/belongs to another user \(uid 1234\)/);
    expect(readFileSync(join(dir, 'theirs.Dockerfile'), 'utf8')).toBe(NUMERIC_REF);
    expect(statSync(join(dir, 'theirs.Dockerfile')).uid).toBe(1234);
  });

  it('keeps the mode of a file it fixes', () => {
    const dir = files({ 'x.Dockerfile': NUMERIC_REF });
    chmodSync(join(dir, 'x.Dockerfile'), 0o640);
    expect(cli(['lint', '--fix', 'x.Dockerfile'], { cwd: dir }).status).not.toBe(2);
    expect(statSync(join(dir, 'x.Dockerfile')).mode & 0o777).toBe(0o640);
    // No temporary file left beside it.
    expect(readdirSync(dir)).toEqual(['x.Dockerfile']);
  });

  it('fixes the file a symlink names and keeps the link', () => {
    const dir = files({ 'real.Dockerfile': NUMERIC_REF });
    symlinkSync('real.Dockerfile', join(dir, 'link.Dockerfile'));
    cli(['lint', '--fix', 'link.Dockerfile'], { cwd: dir });
    expect(lstatSync(join(dir, 'link.Dockerfile')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.Dockerfile'), 'utf8')).toContain('COPY --from=build');
  });

  it('refuses to replace a file that changed after it was read (an editor saved it), and says so', () => {
    const dir = files({ 'x.Dockerfile': 'FROM alpine as a\n' });
    const path = join(dir, 'x.Dockerfile');
    const was = statSync(path);
    // The user's editor saves while the fix is being made.
    writeFileSync(path, 'FROM alpine:3.19 AS mine\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    expect(() =>
      writeAtomic(path, 'FROM alpine AS a\n', { unchangedSince: { mtimeMs: was.mtimeMs, size: was.size, ino: was.ino } }),
    ).toThrow(/changed while it was being fixed/);
    expect(readFileSync(path, 'utf8')).toBe('FROM alpine:3.19 AS mine\n');
    expect(readdirSync(dir)).toEqual(['x.Dockerfile']);
  });
});

describe('output that cannot be written is an error', () => {
  it.runIf(existsSync('/dev/full'))('lint --format sarif > /dev/full: exit 2, one line', () => {
    const dir = files({ Dockerfile: NUMERIC_REF });
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint --format sarif Dockerfile > /dev/full`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expectOneLineError({ status: run.status, stdout: run.stdout, stderr: run.stderr });
    expect(run.stderr).toMatch(/cannot write the output/);
  });

  it.runIf(existsSync('/dev/full'))('lint --fix - > /dev/full: exit 2, not a silent loss of the fixed file', () => {
    const dir = files({ Dockerfile: NUMERIC_REF });
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint --fix - < Dockerfile > /dev/full`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write the output/);
  });
});

describe('what is not a regular file', () => {
  it('a FIFO with no writer is refused at once; the other files are still linted', async () => {
    const dir = files({ 'ok.Dockerfile': NUMERIC_REF });
    spawnSync('mkfifo', [join(dir, 'f')]);
    const child = spawn(process.execPath, [BIN, 'lint', 'ok.Dockerfile', 'f'], { cwd: dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const status = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 15_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(status).toBe(2);
    expect(err).toMatch(/f: is a named pipe \(FIFO\), not a file/);
    expect(out).toContain('ok.Dockerfile:');
  });

  it('a directory on standard input is refused', () => {
    const dir = files({});
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint - < .`], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/standard input is a directory/);
  });
});

describe('ARG doubling in one file of many', () => {
  it('reports MS100 and still lints the other files', () => {
    let bomb = 'ARG A0=x\n';
    for (let i = 1; i < 40; i++) bomb += `ARG A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
    bomb += 'FROM alpine:3.19 AS app\nUSER 1000\n';
    const dir = files({ 'bomb.Dockerfile': bomb, 'ok.Dockerfile': NUMERIC_REF });
    const run = cli(['lint', '--format', 'json', 'bomb.Dockerfile', 'ok.Dockerfile'], { cwd: dir });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { files: { file: string; findings: { rule: string }[] }[] };
    expect(json.files.map((f) => f.file)).toEqual(['bomb.Dockerfile', 'ok.Dockerfile']);
    expect(json.files[0]!.findings.map((f) => f.rule)).toContain('MS100');
    expect(json.files[1]!.findings.map((f) => f.rule)).toContain('MS003');
  });
});

describe('control characters never reach the terminal raw', () => {
  const OSC52 = '\x1b]52;c;aGVsbG8=\x07';
  const hostile = `FROM alpine:3.19 AS a${OSC52}\nCOPY --from=0${OSC52} /x /x\nUSER 1000\n`;

  it('escapes them, C1 and bidi controls too, and keeps tabs', () => {
    expect(escapeControls(`a${OSC52}b\tc\u009b31m\u202e`)).toBe('a\\x1b]52;c;aGVsbG8=\\x07b\tc\\x9b31m\\u202e');
  });

  const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
  it('lint text output, with --no-color', () => {
    const dir = files({ Dockerfile: hostile });
    const run = cli(['lint', '--no-color'], { cwd: dir });
    expect(run.stdout).toContain('\\x1b]52;c;aGVsbG8=\\x07');
    expect(run.stdout).not.toMatch(raw);
    expect(run.stderr).not.toMatch(raw);
  });

  it('graph and tree --dockerfile', () => {
    const dir = files({ Dockerfile: hostile });
    const graph = cli(['graph', 'Dockerfile'], { cwd: dir });
    expect(graph.stdout).toContain('\\x1b]52');
    expect(graph.stdout).not.toMatch(raw);
    const tree = cli(['tree', 'final-base', '--dockerfile', 'Dockerfile'], { cwd: dir });
    expect(tree.stdout).not.toMatch(raw);
  });

  it('check of a working copy', () => {
    const home = files({});
    mkdirSync(join(home, 'exercises', 'syntax-directive'), { recursive: true });
    writeFileSync(join(home, 'exercises', 'syntax-directive', 'Dockerfile'), hostile);
    const run = cli(['check', 'syntax-directive'], { env: { MULTISTAGE_TUTOR_HOME: home } });
    expect(run.stdout).toContain('\\x1b]52');
    expect(run.stdout).not.toMatch(raw);
  });
});

describe("check reads the working copy with lint's input checks", () => {
  const copy = (home: string, content: string | Buffer) => {
    mkdirSync(join(home, 'exercises', 'syntax-directive'), { recursive: true });
    writeFileSync(join(home, 'exercises', 'syntax-directive', 'Dockerfile'), content);
  };

  it('a binary working copy is refused, not printed', () => {
    const home = files({});
    copy(home, Buffer.from([0x46, 0x52, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    const run = cli(['check', 'syntax-directive'], { env: { MULTISTAGE_TUTOR_HOME: home } });
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toMatch(/binary file/);
    expect(run.stdout).toBe('');
  });

  it('a 3 MB working copy is refused as too big, at once', () => {
    const home = files({});
    copy(home, 'FROM alpine:3.19 AS a\n' + '# padding\n'.repeat(300_000));
    const run = cli(['check', 'syntax-directive'], { env: { MULTISTAGE_TUTOR_HOME: home } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/too big to be a Dockerfile/);
  });
});
