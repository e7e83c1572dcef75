// The package `npx multistage-tutor` downloads: packed, installed offline into an empty folder from
// the tarball alone, and run from there (issue 6).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_REF, ROOT } from './cli-helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'mst-pack-test-'));
const app = join(work, 'app');
const home = join(work, 'home');
let files: string[] = [];
let installed = '';

beforeAll(() => {
  // --ignore-scripts: `npm test` built dist/ already, and rebuilding it now would pull it from
  // under the other test files running at the same time.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }),
  );
  files = packed.files.map((f: { path: string }) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"empty","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename)], {
    cwd: app,
    stdio: 'pipe',
  });
  installed = join(app, 'node_modules', 'multistage-tutor');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function bin(args: string[], input = '') {
  const r = spawnSync(process.execPath, [join(installed, 'dist', 'cli.js'), ...args], {
    cwd: work,
    input,
    encoding: 'utf8',
    env: { ...process.env, MULTISTAGE_TUTOR_HOME: home, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const commandLanded = (name: string) => existsSync(join(ROOT, 'src/cli/commands', `${name}.ts`));

describe('the published package', () => {
  it('has no runtime dependencies and ships only the bundle, content, exercises, README and LICENSE', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    expect(pkg.files).toEqual(['dist', 'content', 'exercises', 'README.md', 'LICENSE']);
    expect(pkg.bin).toEqual({ 'multistage-tutor': 'dist/cli.js' });
    const allowed = /^(dist\/|content\/|exercises\/|README\.md$|LICENSE$|package\.json$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'README.md', 'LICENSE', 'package.json']));
    expect(files.filter((f) => /\.(map|ts|tsx)$|meta\.json$/.test(f))).toEqual([]);
  });

  it('runs no script when installed (npm warns about install scripts), and builds itself before packing', () => {
    const shipped = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare'].filter((s) => shipped.scripts?.[s]);
    expect(installTime).toEqual([]);
    expect(pkg.scripts.prepack).toMatch(/scripts\/build\.mjs/);
  });

  it('installs as one package, nothing else', () => {
    const top = readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(top).toEqual(['multistage-tutor']);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
  });

  it('runs --version from the installed bin', () => {
    const r = bin(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lints a file', () => {
    writeFileSync(join(work, 'Dockerfile'), BROKEN_REF);
    const r = bin(['lint', 'Dockerfile']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Dockerfile:8:13 error MS007 unknown-stage-reference/m);
  });

  it.skipIf(!commandLanded('ref'))('prints a reference section for a topic, from the packaged content', () => {
    const r = bin(['ref', 'copy from']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/COPY --from/);
  });

  it.skipIf(!commandLanded('check'))('checks an exercise: the start fails, the reference solution passes', () => {
    const id = readdirSync(join(installed, 'exercises')).filter((d) =>
      existsSync(join(installed, 'exercises', d, 'solution.Dockerfile')),
    )[0]!;
    expect(id).toBeDefined();
    const start = bin(['check', id]);
    expect(start.status, start.stderr).toBe(1);
    const solved = bin(['check', id, '--file', join(installed, 'exercises', id, 'solution.Dockerfile')]);
    expect(solved.status, solved.stdout + solved.stderr).toBe(0);
  });

  it.skipIf(!hasScript())('opens the tutor in a terminal, draws the home screen and quits on Ctrl-C', async () => {
    const { output, code } = await inTerminal(join(installed, 'dist', 'cli.js'), /Reference/);
    expect(output).toContain('\x1b[?1049h'); // the alternate screen...
    expect(output).toMatch(/Exercises/);
    expect(output.slice(output.lastIndexOf('Reference'))).toContain('\x1b[?1049l'); // ...given back on exit
    expect(code).toBe(0);
  });
});

function hasScript(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

/** Runs the bin in a pseudo-terminal (util-linux `script`), waits for `frame`, then sends Ctrl-C. */
function inTerminal(cli: string, frame: RegExp): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`, '/dev/null'], {
      cwd: work,
      env: { ...process.env, MULTISTAGE_TUTOR_HOME: home, TERM: 'xterm-256color', COLUMNS: '80', LINES: '24' },
    });
    let output = '';
    let sent = false;
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame matching ${frame} within 15 s; got: ${JSON.stringify(output.slice(-400))}`));
    }, 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!sent && frame.test(output)) {
        sent = true;
        // Ink arms its input handler in an effect, just after the first frame.
        setTimeout(() => child.stdin.write('\x03'), 300);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(giveUp);
      resolve({ output, code });
    });
  });
}
