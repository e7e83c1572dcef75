// Team exercise packs as a team uses them: a pack folder in the repository (from the settings file
// or --exercises), exercises new / validate for its author, exercises --format json for its lead.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, cli, expectOneLineError, ROOT, workspace } from './cli-helpers';

const EXAMPLE = join(ROOT, 'docs/examples/acme-onboarding');
const ID = 'acme/go-distroless-65532';

/** A repository holding the worked example as its onboarding pack, and a fresh tutor home. */
function teamRepo(settings = 'exercises: [./onboarding]\n') {
  const ws = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', '.multistage-tutor.yaml': settings });
  cpSync(EXAMPLE, join(ws.dir, 'onboarding'), { recursive: true });
  const env = { MULTISTAGE_TUTOR_HOME: join(ws.dir, '.home') };
  return { ...ws, env, run: (args: string[], cwd = ws.dir) => cli(args, { cwd, env }) };
}

type Listed = { id: string; number: number; title: string; pack: string | null; status: string; passedAt: string | null };
const listed = (stdout: string) => (JSON.parse(stdout) as { version: number; exercises: Listed[] }).exercises;

describe('exercises validate', () => {
  it('passes the built-in exercises and the worked example of docs/exercises.md', () => {
    const builtIn = cli(['exercises', 'validate', join(ROOT, 'exercises')]);
    expect(builtIn.stdout).toMatch(/^✓ \d+ exercises: every start fails/m);
    expect(builtIn.status).toBe(0);
    const example = cli(['exercises', 'validate', EXAMPLE]);
    expect(example.stdout).toMatch(/✓ 1 exercise:/);
    expect(example.status).toBe(0);
  });

  it('says each problem on one line naming the file, and exits 1', () => {
    const ws = workspace();
    try {
      cpSync(EXAMPLE, join(ws.dir, 'pack'), { recursive: true });
      const ex = join(ws.dir, 'pack/go-distroless-65532');
      const solution = readFileSync(join(ex, 'solution.Dockerfile'), 'utf8');
      writeFileSync(join(ex, 'start.Dockerfile'), solution); // a start that passes
      writeFileSync(join(ex, 'solution.Dockerfile'), solution.replace('CGO_ENABLED=0 ', '')); // a solution that fails
      writeFileSync(join(ex, 'wrong/passes.Dockerfile'), solution); // a wrong answer that passes
      writeFileSync(join(ex, 'alternatives/fails.Dockerfile'), solution.replace('USER 65532:65532\n', '').replace(':nonroot', ':debug'));
      const data = JSON.parse(readFileSync(join(ex, 'exercise.json'), 'utf8'));
      data.hints = data.hints.slice(0, 2);
      writeFileSync(join(ex, 'exercise.json'), JSON.stringify(data));
      const run = cli(['exercises', 'validate', 'pack'], { cwd: ws.dir });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^pack\/go-distroless-65532\/exercise\.json: \/hints must NOT have fewer than 3 items$/m);

      data.hints.push('A third hint that says enough.');
      data.goals[0].kind = 'static-bulid';
      writeFileSync(join(ex, 'exercise.json'), JSON.stringify(data));
      const schema = cli(['exercises', 'validate', 'pack'], { cwd: ws.dir });
      expect(schema.stdout).toMatch(/^pack\/go-distroless-65532\/exercise\.json: .*/m);

      data.goals[0].kind = 'static-build';
      writeFileSync(join(ex, 'exercise.json'), JSON.stringify(data));
      const lines = cli(['exercises', 'validate', 'pack'], { cwd: ws.dir }).stdout.trimEnd().split('\n');
      expect(lines).toEqual([
        'pack/go-distroless-65532/start.Dockerfile: passes already: the start file must fail at least one goal',
        expect.stringMatching(/^pack\/go-distroless-65532\/solution\.Dockerfile: does not pass: goal 'static-binary' fails/),
        'pack/go-distroless-65532/wrong/passes.Dockerfile: passes, but a wrong/ answer must fail a goal or lint',
        expect.stringMatching(
          /^pack\/go-distroless-65532\/alternatives\/fails\.Dockerfile: does not pass, but an alternatives\/ answer must: goal 'service-user' fails/,
        ),
        '✗ 4 problems in 1 exercise',
      ]);
    } finally {
      ws.done();
    }
  });

  it('a folder that is missing or holds no exercise is a one-line usage error', () => {
    const ws = workspace({ 'empty/README.md': 'x' });
    try {
      for (const dir of ['nope', 'empty']) {
        const run = cli(['exercises', 'validate', dir], { cwd: ws.dir });
        expect(run.status).toBe(2);
        expectOneLineError(run);
      }
    } finally {
      ws.done();
    }
  });
});

describe('exercises new', () => {
  it('scaffolds every file and folder; validate then asks only for the TODOs, and passes once they are written', () => {
    const repo = teamRepo();
    try {
      // No --dir: the settings file's first pack folder.
      const made = repo.run(['exercises', 'new', 'rust-on-scratch']);
      expect(made.status).toBe(0);
      expect(made.stdout).toContain('created onboarding/rust-on-scratch/');
      const ex = join(repo.dir, 'onboarding/rust-on-scratch');
      const first = repo.run(['exercises', 'validate', 'onboarding']);
      expect(first.status).toBe(1);
      const problems = first.stdout.trimEnd().split('\n').slice(0, -1);
      expect(problems.length).toBeGreaterThan(0);
      for (const line of problems)
        expect(line).toMatch(/^onboarding\/rust-on-scratch\/(exercise\.json|task\.md|start\.Dockerfile): .*(TODO|hints)/);

      for (const file of ['exercise.json', 'task.md', 'start.Dockerfile']) {
        const text = readFileSync(join(ex, file), 'utf8');
        let n = 0;
        writeFileSync(
          join(ex, file),
          text.replace(/TODO: ?/g, () => `Step ${++n}: `),
        );
      }
      const second = repo.run(['exercises', 'validate', 'onboarding']);
      expect(second.stdout).toMatch(/✓ 2 exercises/);
      expect(second.status).toBe(0);
      // The new exercise comes after the example in the pack's order.
      expect(JSON.parse(readFileSync(join(ex, 'exercise.json'), 'utf8')).order).toBe(2);

      const again = repo.run(['exercises', 'new', 'rust-on-scratch']);
      expect(again.status).toBe(2);
      expectOneLineError(again);
      const bad = repo.run(['exercises', 'new', 'Bad ID', '--dir', 'x']);
      expect(bad.status).toBe(2);
      expectOneLineError(bad);
    } finally {
      repo.done();
    }
  });

  it('--exercises DIR names the pack to write into, ahead of the settings file; the example lints clean', () => {
    const repo = teamRepo();
    try {
      const ws = join(repo.dir, 'extra');
      cpSync(join(repo.dir, 'onboarding', 'go-distroless-65532'), join(ws, 'seed'), { recursive: true });
      const made = repo.run(['exercises', 'new', 'node-on-slim', '--exercises', 'extra']);
      expect(made.status).toBe(0);
      expect(made.stdout).toContain('created extra/node-on-slim/');
      expect(made.stdout).toContain('exercises validate extra');
      // Its example solution is current: no end-of-life base (MS023) or any other finding above info.
      const lint = cli(['lint', '--fail-on', 'info', '--ignore', 'MS002', join(ws, 'node-on-slim', 'solution.Dockerfile')]);
      expect(lint.stdout).not.toMatch(/warning|error/);
      expect(lint.status).toBe(0);
    } finally {
      repo.done();
    }
  });
});

describe('team packs', () => {
  it('from the settings file: listed under their own heading, checked, progress kept apart per pack', () => {
    const repo = teamRepo();
    try {
      const list = repo.run(['exercises']);
      expect(list.stdout).toMatch(/Team pack: acme\n\n +\d+ {2}acme\/go-distroless-65532 +/);
      const before = listed(repo.run(['exercises', '--format', 'json']).stdout);
      const entry = before.find((e) => e.id === ID)!;
      expect(entry).toEqual({
        id: ID,
        number: before.length,
        title: 'Ship Go services on distroless static as UID 65532',
        pack: 'acme',
        status: 'new',
        passedAt: null,
      });
      expect(before.filter((e) => e.pack === null).length).toBe(before.length - 1);

      expect(repo.run(['check', ID]).status).toBe(1); // the start file, copied to the workspace
      const solution = join(repo.dir, 'onboarding/go-distroless-65532/solution.Dockerfile');
      const pass = repo.run(['check', ID, '--file', solution]);
      expect(pass.stdout).toContain('✓ passed');
      expect(pass.status).toBe(0);
      // By number, as the list shows it.
      expect(repo.run(['hint', ID]).stdout).toMatch(/distroless static/);

      const after = listed(repo.run(['exercises', '--format', 'json']).stdout);
      const done = after.find((e) => e.id === ID)!;
      expect(done.status).toBe('passed');
      expect(new Date(done.passedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(after.filter((e) => e.pack === null).every((e) => e.status === 'new')).toBe(true);
      const progress = JSON.parse(readFileSync(join(repo.env.MULTISTAGE_TUTOR_HOME, 'progress.json'), 'utf8'));
      expect(Object.keys(progress.exercises)).toEqual([ID]);
      expect(readFileSync(join(repo.env.MULTISTAGE_TUTOR_HOME, 'packs/acme/go-distroless-65532/Dockerfile'), 'utf8')).toContain(
        'FROM alpine:3.23',
      );

      // Without the settings file the pack is not there; --exercises adds it for any command.
      expect(listed(repo.run(['exercises', '--format', 'json', '--no-config']).stdout).some((e) => e.pack)).toBe(false);
      rmSync(join(repo.dir, '.multistage-tutor.yaml'));
      expect(listed(repo.run(['exercises', '--exercises', 'onboarding', '--format', 'json']).stdout).find((e) => e.id === ID)!.status).toBe(
        'passed',
      );
    } finally {
      repo.done();
    }
  });

  it('a missing pack folder, a broken team exercise or a bad settings file is a one-line error, exit 2', () => {
    const repo = teamRepo('exercises: [./nowhere]\n');
    try {
      const missing = repo.run(['exercises']);
      expect(missing.status).toBe(2);
      expectOneLineError(missing);
      expect(missing.stderr).toContain('nowhere');

      writeFileSync(join(repo.dir, '.multistage-tutor.yaml'), 'exercises: [./onboarding]\n');
      writeFileSync(join(repo.dir, 'onboarding/go-distroless-65532/exercise.json'), '{"title": "x"');
      const broken = repo.run(['check', ID]);
      expect(broken.status).toBe(2);
      expectOneLineError(broken);
      expect(broken.stderr).toContain('exercises validate');

      writeFileSync(join(repo.dir, '.multistage-tutor.yaml'), 'exercise: [./onboarding]\n');
      const bad = repo.run(['exercises']);
      expect(bad.status).toBe(2);
      expect(bad.stderr.trim()).toMatch(/\.multistage-tutor\.yaml:1: exercise: unknown key/);
    } finally {
      repo.done();
    }
  });

  it.each([
    [['--exercises', 'nope', 'exercises']],
    [['exercises', '--exercises=nope', '--format', 'json']],
    [['--exercises', 'nope', 'tree']],
    [['--exercises', 'nope', 'rules']],
    [['lint', '--exercises', 'nope', '-']],
  ])('%j: a missing --exercises folder is an input error whatever the command: exit 2, nothing done', (args) => {
    const ws = workspace();
    try {
      const run = cli(args, { cwd: ws.dir, env: { MULTISTAGE_TUTOR_HOME: join(ws.dir, '.home') }, input: 'FROM alpine:3.20\n' });
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr.trim()).toBe('multistage-tutor: --exercises nope: no such folder');
      expect(run.stdout).toBe('');
    } finally {
      ws.done();
    }
  });

  it('every command it suggests for a team exercise carries the --exercises flags given, quoted, and runs when pasted', () => {
    const ws = workspace();
    try {
      cpSync(EXAMPLE, join(ws.dir, 'team packs'), { recursive: true });
      const env = { MULTISTAGE_TUTOR_HOME: join(ws.dir, '.home'), MULTISTAGE_TUTOR_TODAY: 'off' };
      const flags = "--exercises 'team packs'";
      // What the user pastes into a POSIX shell, run with the bin under test.
      const paste = (line: string) => {
        const command = /(multistage-tutor [^\n]*?)(?: {3}\(.*)?$/.exec(line)![1]!;
        return spawnSync('sh', ['-c', command.replace(/^multistage-tutor/, `"${process.execPath}" "${BIN}"`)], {
          cwd: ws.dir,
          env: { ...process.env, ...env },
          encoding: 'utf8',
        });
      };
      const run = (args: string[]) => cli([...args, '--exercises', 'team packs'], { cwd: ws.dir, env });

      const failing = run(['check', ID]);
      const next = failing.stdout.trimEnd().split('\n').at(-1)!;
      expect(next).toBe(`next: multistage-tutor hint ${ID} ${flags}   (hint 1 of 3)`);
      const hint = paste(next);
      expect(hint.status).toBe(0);
      expect(hint.stdout).toContain(`more: multistage-tutor hint ${ID} ${flags}`);
      expect(run(['solution', ID]).stderr).toContain(`opens once this passes: multistage-tutor check ${ID} ${flags}\n`);

      const solution = join(ws.dir, 'team packs/go-distroless-65532/solution.Dockerfile');
      const passing = run(['check', ID, '--file', solution]);
      expect(passing.status).toBe(0);
      const compare = passing.stdout.trimEnd().split('\n').at(-1)!;
      expect(compare).toContain(`multistage-tutor solution ${ID} ${flags}`);
      const shown = paste(compare);
      expect(shown.status).toBe(0);
      expect(shown.stdout).toContain('FROM');
      // A built-in exercise needs no flags.
      expect(run(['check', '1']).stdout).toMatch(/^next: multistage-tutor hint [a-z-]+ {3}\(hint 1/m);
    } finally {
      ws.done();
    }
  });
});
