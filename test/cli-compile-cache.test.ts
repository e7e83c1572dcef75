// `lint` runs its bundle through V8's code cache (src/cli/compile-cache.ts): a run with a cache
// must behave exactly as one without, and a cache that is missing, broken, stale or not the
// user's must only mean compiling as usual.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cacheFolder } from '../src/cli/compile-cache';
import { BIN, ROOT } from './cli-helpers';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mst-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the cache folder', () => {
  it('follows XDG_CACHE_HOME, else the platform’s place; NODE_DISABLE_COMPILE_CACHE turns it off', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(join('/x/cache', 'multistage-tutor'));
    expect(cacheFolder({}, 'linux')).toMatch(/\.cache[/\\]multistage-tutor$/);
    expect(cacheFolder({}, 'darwin')).toMatch(/Library[/\\]Caches[/\\]multistage-tutor$/);
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toMatch(/Local[/\\]multistage-tutor$/);
    expect(cacheFolder({ MULTISTAGE_TUTOR_CACHE: '/y' }, 'linux')).toBe('/y');
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1', MULTISTAGE_TUTOR_CACHE: '/y' }, 'linux')).toBeNull();
  });
});

// Each run in a process of its own: within one process V8 keeps compiled scripts in memory and
// would never read the cache on disk at all.
describe('running a CommonJS file through the cache', () => {
  let runner: string;
  const dir = mkdtempSync(join(tmpdir(), 'mst-cache-runner-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    buildSync({
      entryPoints: [join(ROOT, 'src/cli/compile-cache.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(dir, 'compile-cache.mjs'),
      logLevel: 'error',
    });
    runner = join(dir, 'run.mjs');
    writeFileSync(
      runner,
      "import { runCommonJs } from './compile-cache.mjs';\n" +
        'const r = runCommonJs(process.argv[2], process.env);\n' +
        'process.stdout.write(`${r.use} ${globalThis.answer}`);\n',
    );
  });
  const run = (file: string, env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [runner, file], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(r.stderr).toBe('');
    const [use, answer] = r.stdout.split(' ');
    expect(answer).toBe('42'); // the file's code ran
    return use;
  };
  const bundle = (dir: string, body = 'globalThis.answer = 6 * 7;') => {
    const file = join(dir, 'bundle.cjs');
    writeFileSync(file, `${body}\nfunction later() { return require('node:path').sep; }\nmodule.exports.later = later;\n`);
    return file;
  };

  it('compiles as usual the first time, saves a cache at exit, and takes it the next time', () => {
    const dir = temp();
    const file = bundle(dir);
    const env = { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') };
    expect(run(file, env)).toBe('none');
    const saved = readdirSync(join(dir, 'cache'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^bundle_cjs-[0-9a-f]{8}\.v8$/);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'cache')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'cache', saved[0]!)).mode & 0o777).toBe(0o600);
    }
    expect(run(file, env)).toBe('used');
    expect(run(file, env)).toBe('used');
  });

  it('compiles as usual over a broken cache, and replaces it', () => {
    const dir = temp();
    const file = bundle(dir);
    const env = { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') };
    run(file, env);
    const name = readdirSync(join(dir, 'cache'))[0]!;
    writeFileSync(join(dir, 'cache', name), 'not bytecode');
    expect(run(file, env)).toBe('rejected');
    expect(run(file, env)).toBe('used');
  });

  it('keys the cache by the file: a changed bundle of the same length gets a cache of its own, and the old one goes', () => {
    const dir = temp();
    const file = bundle(dir, 'globalThis.answer = 6 * 7;');
    const env = { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') };
    run(file, env);
    const [old] = readdirSync(join(dir, 'cache'));
    // Same length, other text, other time: V8 on its own checks only the length.
    bundle(dir, 'globalThis.answer = 7 * 6;');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(run(file, env)).toBe('none');
    const now = readdirSync(join(dir, 'cache'));
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old);
  });

  it('writes nothing when the cache is turned off, and runs where the folder cannot be made', () => {
    const dir = temp();
    const file = bundle(dir);
    expect(run(file, { NODE_DISABLE_COMPILE_CACHE: '1', MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') })).toBe('none');
    expect(existsSync(join(dir, 'cache'))).toBe(false);
    writeFileSync(join(dir, 'blocker'), '');
    expect(run(file, { MULTISTAGE_TUTOR_CACHE: join(dir, 'blocker', 'cache') })).toBe('none');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() !== 0)('ignores a cache file another user owns', () => {
    const dir = temp();
    const file = bundle(dir);
    const env = { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') };
    run(file, env);
    const name = join(dir, 'cache', readdirSync(join(dir, 'cache'))[0]!);
    expect(run(file, env)).toBe('used');
    chownSync(name, 65534, 65534);
    expect(run(file, env)).toBe('none');
  });
});

describe('multistage-tutor lint with the cache', () => {
  const lint = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, 'lint', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('gives the same output and exit code with and without a cache, and leaves one cache file', () => {
    const dir = temp();
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n');
    const env = { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache'), NO_COLOR: '1' };
    const runs = [lint([file, '--format', 'json'], env), lint([file, '--format', 'json'], env), lint([file, '--format', 'json'], env)];
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(runs[0]!.status);
      expect(r.stdout).toBe(runs[0]!.stdout);
    }
    expect(JSON.parse(runs[0]!.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toContain('MS015');
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    const plain = lint([file, '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(plain.stdout).toBe(runs[0]!.stdout);
  });

  it('reads a settings file (loaded from a file of its own) the same way through the cache', () => {
    const dir = temp();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add --no-cache curl\n');
    writeFileSync(join(dir, '.multistage-tutor.yaml'), 'failOn: warning\n');
    const env = { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') };
    const a = spawnSync(process.execPath, [BIN, 'lint', 'Dockerfile'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    const b = spawnSync(process.execPath, [BIN, 'lint', 'Dockerfile'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(a.status).toBe(1); // the settings file's failOn: warning, so MS015 fails the run
    expect(b.status).toBe(1);
    expect(b.stdout).toBe(a.stdout);
  });

  it('leaves no cache from a large run, whose V8 flags differ (short-run.ts)', () => {
    const dir = temp();
    const files = Array.from({ length: 40 }, (_, i) => {
      const file = join(dir, `Dockerfile.${i}`);
      writeFileSync(file, `FROM alpine:3.${i % 20}\nRUN echo ${i}\n`);
      return file;
    });
    const r = lint(['--fail-on', 'none', ...files], { MULTISTAGE_TUTOR_CACHE: join(dir, 'cache') });
    expect(r.status).toBe(0);
    expect(readFileSync(files[0]!, 'utf8')).toContain('FROM alpine');
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
