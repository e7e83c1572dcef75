// The pre-commit hook and the GitHub Action, run from their files as written: the hook's entry
// with the files pre-commit would pass, the action's bash steps with the environment GitHub sets.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, CLEAN, NUMERIC_REF, ROOT, WARNING_ONLY, workspace } from './cli-helpers';

/** A folder with `multistage-tutor` on it, as `npm install -g` (pre-commit's node install) leaves it. */
const binDir = mkdtempSync(join(tmpdir(), 'mst-bin-'));
writeFileSync(join(binDir, 'multistage-tutor'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(binDir, 'multistage-tutor'), 0o755);
afterAll(() => rmSync(binDir, { recursive: true, force: true }));
const PATH = `${binDir}:${process.env.PATH}`;

const REPO = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.multistage-tutor.yaml': 'ignorePaths: ["test/**"]\n',
  'services/api/Dockerfile': NUMERIC_REF,
  'services/web/web.Dockerfile': WARNING_ONLY,
  'test/broken/Dockerfile': 'FROM\n',
  Containerfile: CLEAN,
  'README.md': '# hi\n',
  'services/api/api.Dockerfile.dockerignore': 'tmp\n',
};

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  const hook = hooks.find((h) => h.id === 'multistage-tutor')!;

  it('declares a node hook whose files pattern picks the Dockerfile names of the spec', () => {
    expect(hook).toMatchObject({ language: 'node', require_serial: true });
    // pre-commit applies `files` and `exclude` with Python's re.search to repository paths; these patterns mean the same in JS.
    const files = new RegExp(hook.files as string);
    const exclude = new RegExp(hook.exclude as string);
    const picked = (p: string) => files.test(p) && !exclude.test(p);
    for (const p of ['Dockerfile', 'a/b/Dockerfile', 'Dockerfile.prod', 'svc/api.Dockerfile', 'x.dockerfile', 'Containerfile'])
      expect(picked(p), p).toBe(true);
    for (const p of ['README.md', 'a/Dockerfile.dockerignore', 'dockerfile', 'a/Dockerfile/notes.md', 'MyDockerfile'])
      expect(picked(p), p).toBe(false);
  });

  it('runs its entry on the staged files as pre-commit does: settings honoured, exit 1 on what fails', () => {
    const ws = workspace(REPO);
    try {
      const files = new RegExp(hook.files as string);
      const exclude = new RegExp(hook.exclude as string);
      const staged = Object.keys(REPO).filter((p) => files.test(p) && !exclude.test(p));
      expect(staged).toEqual(['services/api/Dockerfile', 'services/web/web.Dockerfile', 'test/broken/Dockerfile', 'Containerfile']);
      const [command, ...args] = (hook.entry as string).split(' ');
      const run = spawnSync(command!, [...args, ...((hook.args as string[]) ?? []), ...staged], {
        cwd: ws.dir,
        env: { ...process.env, PATH },
        encoding: 'utf8',
      });
      expect(run.stdout).toContain('services/api/Dockerfile');
      expect(run.stdout).not.toContain('test/broken'); // ignorePaths of the settings file
      expect(run.stdout.match(/in \d+ files/g)).toEqual(['in 3 files']);
      expect(run.status).toBe(new RegExp('error MS').test(run.stdout) ? 1 : 0);
      const strict = spawnSync(command!, [...args, '--fail-on', 'warning', ...staged], {
        cwd: ws.dir,
        env: { ...process.env, PATH },
        encoding: 'utf8',
      });
      expect(strict.status).toBe(1);
    } finally {
      ws.done();
    }
  });
});

interface Step {
  name: string;
  id?: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: Step[] };
  };

  /** `${{ inputs.x }}` as GitHub fills it in: the input given, else its default. */
  const fill = (text: string, inputs: Record<string, string>) =>
    text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => inputs[name] ?? action.inputs[name]!.default);

  /** Runs the action's bash steps in `cwd` as a runner would; returns the lint step's result and outputs. */
  function runAction(cwd: string, inputs: Record<string, string>) {
    const temp = mkdtempSync(join(tmpdir(), 'mst-runner-'));
    const output = join(temp, 'output');
    writeFileSync(output, '');
    let lint = { status: -1 as number | null, stdout: '', stderr: '' };
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      const env: Record<string, string> = {
        ...(process.env as Record<string, string>),
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: temp,
      };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(v, inputs);
      // GitHub runs `bash --noprofile --norc -eo pipefail {0}` with the script in a file.
      const script = join(temp, `${step.id ?? 'step'}.sh`);
      writeFileSync(script, step.run!);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
      if (step.id === 'lint') lint = { status: r.status, stdout: r.stdout, stderr: r.stderr };
      else expect(r.status, r.stderr).toBe(0);
    }
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/=(.*)/s).slice(0, 2)),
    );
    return { lint, outputs, done: () => rmSync(temp, { recursive: true, force: true }) };
  }

  it('is a composite action with the inputs the README documents', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'fail-on', 'format', 'sarif']));
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with!.sarif_file).toContain('steps.lint.outputs.sarif-file');
    expect(upload.if).toContain("inputs.sarif == 'true'");
  });

  it('annotates findings, fails on the fail-on input, and writes SARIF for code scanning when asked', () => {
    const ws = workspace(REPO);
    try {
      const plain = runAction(ws.dir, {});
      expect(plain.lint.stdout).toMatch(/^::(error|warning) file=services\/api\/Dockerfile,line=8,col=\d+,/m);
      expect(plain.lint.stdout).not.toContain('test/broken');
      expect(plain.outputs['sarif-file']).toBeUndefined();
      plain.done();

      const strict = runAction(ws.dir, { 'fail-on': 'warning', paths: 'services', sarif: 'true' });
      expect(strict.lint.status).toBe(1);
      expect(strict.lint.stdout).not.toContain('Containerfile'); // only the paths given
      const sarif = JSON.parse(readFileSync(strict.outputs['sarif-file']!, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results.length).toBeGreaterThan(0);
      strict.done();

      const lenient = runAction(ws.dir, { 'fail-on': 'none', format: 'checkstyle' });
      expect(lenient.lint.status).toBe(0);
      expect(lenient.lint.stdout).toMatch(/^<\?xml/);
      lenient.done();
    } finally {
      ws.done();
    }
  });

  it('passes inputs through the environment, so a hostile input is data, not a command', () => {
    const ws = workspace(REPO);
    const marker = join(ws.dir, 'pwned');
    try {
      const run = runAction(ws.dir, { paths: `services; touch ${marker}`, 'fail-on': 'none' });
      expect(run.lint.status).toBe(2); // 'services;' and 'touch' are not files
      expect(() => readFileSync(marker)).toThrow();
      run.done();
    } finally {
      ws.done();
    }
  });
});
