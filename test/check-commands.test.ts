// The exercise commands as a learner meets them: exercises, check, hint, solution, reset.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main';
import { CliError } from '../src/cli/io';
import { loadExercise } from '../src/exercises';
import { cli, expectOneLineError, fakeIO } from './cli-helpers';

let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'mst-check-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** Runs a command in-process as entry() would: a CliError becomes one stderr line and its exit code. */
async function run(args: string[], options: { interactive?: boolean; input?: string; cwd?: string } = {}) {
  const io = fakeIO({
    env: { MULTISTAGE_TUTOR_HOME: home },
    interactive: options.interactive ?? false,
    stdin: Readable.from(options.input !== undefined ? [options.input] : []),
    cwd: options.cwd ?? home,
  });
  let code: number;
  try {
    code = await main(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`multistage-tutor: ${error.message}\n`);
    code = error.exitCode;
  }
  return { code, out: io.out(), err: io.err() };
}

const copyPath = (id: string) => join(home, 'exercises', id, 'Dockerfile');

describe('exercises', () => {
  test('lists all eighteen with their status and where to start', async () => {
    const first = await run(['exercises']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('0/18 passed');
    expect(first.out).toMatch(/ 1 {2}syntax-directive +new +Put the syntax directive first/);
    expect(first.out).toMatch(/then: multistage-tutor check syntax-directive/);

    await run(['check', 'syntax-directive', '--file', join(loadExercise('syntax-directive').dir, 'solution.Dockerfile')]);
    await run(['check', 'name-your-stages']);
    const later = await run(['exercises']);
    expect(later.out).toContain('1/18 passed');
    expect(later.out).toMatch(/syntax-directive +✓ passed/);
    expect(later.out).toMatch(/name-your-stages +… in progress/);
    expect(later.out).toMatch(/then: multistage-tutor check name-your-stages/);
  });

  test('takes no arguments', async () => {
    expect((await run(['exercises', 'extra'])).code).toBe(2);
  });
});

describe('check', () => {
  test('first check creates the working copy, shows the task, the checklist, the findings and the next hint', async () => {
    const result = await run(['check', 'name-your-stages']);
    expect(result.code).toBe(1);
    expect(readFileSync(copyPath('name-your-stages'), 'utf8')).toBe(loadExercise('name-your-stages').start);
    expect(result.out).toContain('Your copy of the broken start file is ready to edit');
    expect(result.out).toContain('COPY --from=0');
    expect(result.out).toMatch(/✗ Every stage has a name/);
    expect(result.out).toMatch(/Findings[\s\S]*MS003 numeric-stage-reference[\s\S]*12 \| COPY --from=0 \/out\/inventory/);
    expect(result.out).toMatch(/✗ not yet: 3 of 8 goals open, 3 waiting on them, 2 findings at warning or above/);
    // A failed goal says why in terms of the file; one that builds on it waits.
    expect(result.out).toMatch(
      /✗ No `?--from`? refers to a stage by its number\n +`?--from=0`? on line 12 refers to a stage by its number/,
    );
    expect(result.out).toMatch(/… The entrypoint still starts the copied binary\n +waiting: once the binary is copied/);
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('next: multistage-tutor hint name-your-stages   (hint 1 of 3)');
    expect(result.out).not.toMatch(/\x1b\[/);
  });

  test("a later check reads the learner's edits and passes them", async () => {
    await run(['check', 'index-breaks']);
    writeFileSync(
      copyPath('index-breaks'),
      loadExercise('index-breaks')
        .solution.replace(/AS build/, 'AS gradle-build')
        .replace('--from=build', '--from=gradle-build'),
    );
    const result = await run(['check', 'index-breaks']);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('ready to edit');
    expect(result.out).toMatch(/✓ No `?--from`? refers to a stage by its number/);
    expect(result.out).not.toContain('✗');
    expect(result.out).toMatch(/✓ passed/);
    expect(result.out).toMatch(/next: multistage-tutor check split-single-stage/);
    expect(result.out).toContain('multistage-tutor solution index-breaks');
  });

  test('--file checks another file, not the working copy', async () => {
    const file = join(home, 'mine.Dockerfile');
    writeFileSync(file, loadExercise('java-jre').solution);
    const result = await run(['check', 'java-jre', '--file', file]);
    expect(result.code).toBe(0);
    expect(existsSync(copyPath('java-jre'))).toBe(false);
  });

  test('--format json prints the shape cli.md fixes', async () => {
    const result = await run(['check', 'name-your-stages', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(['exercise', 'passed', 'findings', 'goals']);
    expect(json.exercise).toBe('name-your-stages');
    expect(json.passed).toBe(false);
    expect(json.findings[0]).toEqual({
      rule: 'MS002',
      name: 'unnamed-stage',
      severity: 'warning',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 24,
      message: expect.any(String),
      fixable: false,
    });
    expect(json.goals).toContainEqual({
      id: 'no-numeric-from',
      description: expect.any(String),
      passed: false,
      status: 'failed',
      message: '`--from=0` on line 12 refers to a stage by its number',
    });
    expect(json.goals).toContainEqual({
      id: 'entrypoint-runs-binary',
      description: expect.any(String),
      passed: false,
      status: 'waiting',
      message: 'once the binary is copied',
      waitingFor: ['final-copies-binary'],
    });
  });

  test('after every hint, next says to edit and check again', async () => {
    await run(['hint', 'java-jre', '--all']);
    const result = await run(['check', 'java-jre']);
    expect(result.out).toMatch(
      /next: edit .*java-jre\/Dockerfile and check again \(all hints shown: multistage-tutor hint java-jre --all\)/,
    );
  });

  test.each([
    [['check', 'index-brakes'], /unknown exercise 'index-brakes' \(did you mean index-breaks\?/],
    [['check', 'nonroot'], /did you mean non-root\?/],
    [['check'], /give an exercise ID/],
    [['check', 'a', 'b'], /give one exercise ID/],
    [['check', 'non-root', '--format', 'xml'], /--format must be text or json/],
    [['check', 'non-root', '--file', 'no-such.Dockerfile'], /no-such\.Dockerfile: no such file/],
    [['check', 'non-root', '--file', '.'], /is a directory/],
    [['check', 'non-root', '--bogus'], /Unknown option '--bogus'/],
  ])('%j is a one-line usage error, exit 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(result.out).toBe('');
  });
});

describe('hint', () => {
  test('one more hint each time, then says it was the last', async () => {
    const hints = loadExercise('test-stage').hints;
    const first = await run(['hint', 'test-stage']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Hint 1 of 3 (test-stage)');
    expect(first.out).toContain('(multistage-tutor ref target)');
    expect(first.out).not.toContain('](ref:');
    expect(first.out).toContain('more: multistage-tutor hint test-stage');
    expect((await run(['hint', 'test-stage'])).out).toContain('Hint 2 of 3');
    const third = await run(['hint', 'test-stage']);
    expect(third.out).toContain('Hint 3 of 3');
    expect(third.out).toContain(hints[2]!.replace(/`/g, '').slice(0, 30));
    expect(third.out).toContain('That was the last hint');
  });

  test('--all prints every hint', async () => {
    const all = await run(['hint', 'shared-deps', '--all']);
    expect(all.out.match(/Hint \d of 3/g)).toEqual(['Hint 1 of 3', 'Hint 2 of 3', 'Hint 3 of 3']);
  });
});

describe('solution', () => {
  test('is refused until the exercise passes, then printed', async () => {
    const before = await run(['solution', 'dotnet-runtime']);
    expect(before.code).toBe(1);
    expect(before.out).toBe('');
    expect(before.err).toMatch(/has not passed yet.*multistage-tutor check dotnet-runtime/);
    await run(['check', 'dotnet-runtime']);
    expect((await run(['solution', 'dotnet-runtime'])).code).toBe(1);

    writeFileSync(copyPath('dotnet-runtime'), loadExercise('dotnet-runtime').solution);
    expect((await run(['check', 'dotnet-runtime'])).code).toBe(0);
    const after = await run(['solution', 'dotnet-runtime']);
    expect(after.code).toBe(0);
    expect(after.out).toBe(loadExercise('dotnet-runtime').solution);
  });

  test('an unknown ID is exit 2', async () => {
    expect((await run(['solution', 'dotnet'])).code).toBe(2);
  });
});

describe('reset', () => {
  async function edited(id: string): Promise<string> {
    await run(['check', id]);
    writeFileSync(copyPath(id), '# my work in progress\n');
    return copyPath(id);
  }

  test('without a terminal and without --yes it refuses and keeps the file', async () => {
    const path = await edited('non-root');
    const result = await run(['reset', 'non-root']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no terminal to ask.*--yes/);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe('# my work in progress\n');
  });

  test('--yes puts the start file back', async () => {
    const path = await edited('non-root');
    const result = await run(['reset', 'non-root', '--yes']);
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(loadExercise('non-root').start);
  });

  test('on a terminal it asks, and only yes overwrites', async () => {
    const path = await edited('non-root');
    const no = await run(['reset', 'non-root'], { interactive: true, input: 'n\n' });
    expect(no.out).toMatch(/Overwrite .*non-root\/Dockerfile with the start file\? Your edits will be lost\. \[y\/N\]/);
    // Declining is an answer, not a failure: exit 0, and it says nothing was reset.
    expect(no.code).toBe(0);
    expect(no.out).toMatch(/kept your working copy; nothing was reset/);
    expect(readFileSync(path, 'utf8')).toBe('# my work in progress\n');
    const enter = await run(['reset', 'non-root'], { interactive: true, input: '\n' });
    expect(enter.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('# my work in progress\n');
    const yes = await run(['reset', 'non-root'], { interactive: true, input: 'y\n' });
    expect(yes.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(loadExercise('non-root').start);
  });

  test('nothing to lose, nothing to ask: a missing or untouched copy', async () => {
    const missing = await run(['reset', 'java-jre']);
    expect(missing.code).toBe(0);
    expect(missing.out).toContain('created');
    expect(readFileSync(copyPath('java-jre'), 'utf8')).toBe(loadExercise('java-jre').start);
    const untouched = await run(['reset', 'java-jre']);
    expect(untouched.code).toBe(0);
    expect(untouched.out).toContain('already the start file');
  });

  test('--all asks once, then restores every exercise and clears progress', async () => {
    const a = await edited('non-root');
    const b = await edited('java-jre');
    writeFileSync(b, loadExercise('java-jre').solution);
    await run(['check', 'java-jre']);
    expect((await run(['reset', '--all'])).code).toBe(2);
    const asked = await run(['reset', '--all'], { interactive: true, input: 'yes\n' });
    expect(asked.out.match(/\[y\/N\]/g)).toHaveLength(1);
    expect(asked.out).toMatch(/2 edited working copies .*\(1 passed\)/s);
    expect(asked.code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(loadExercise('non-root').start);
    expect(readFileSync(b, 'utf8')).toBe(loadExercise('java-jre').start);
    expect((await run(['exercises'])).out).toContain('0/18 passed');
  });

  test.each([[['reset']], [['reset', 'non-root', '--all']], [['reset', 'non-root', 'java-jre']], [['reset', 'nope', '--yes']]])(
    '%j is a usage error',
    async (args) => {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    },
  );
});

describe('the built bin', () => {
  test('check passes a solution and refuses an unknown ID, in a fresh process', () => {
    const env = { MULTISTAGE_TUTOR_HOME: home };
    const solution = join(loadExercise('rust-static').dir, 'solution.Dockerfile');
    const passed = cli(['check', 'rust-static', '--file', solution], { env });
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
    expect(passed.stdout).toContain('✓ passed');
    const unknown = cli(['check', 'rust-statc'], { env });
    expect(unknown.status).toBe(2);
    expectOneLineError(unknown);
    expect(unknown.stderr).toContain('did you mean rust-static?');
  });

  test('a damaged progress file is a one-line warning, and the command still works', () => {
    writeFileSync(join(home, 'progress.json'), '{ not json');
    const result = cli(['exercises'], { env: { MULTISTAGE_TUTOR_HOME: home } });
    expect(result.status).toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/warning: progress file .* was damaged; kept it as .*progress\.json\.bad/);
    expect(result.stdout).toContain('0/18 passed');
  });
});

describe('check and the calendar (MS023)', () => {
  test('shows an end-of-life base but never fails an answer on it', async () => {
    const io = fakeIO({ env: { MULTISTAGE_TUTOR_HOME: home, MULTISTAGE_TUTOR_TODAY: '2040-01-01' }, cwd: home });
    const code = await main(['check', 'name-your-stages', '--file', join(loadExercise('name-your-stages').dir, 'solution.Dockerfile')], io);
    expect(io.out()).toMatch(/MS023/);
    expect(io.out()).toMatch(/✓ passed/);
    expect(io.out()).toMatch(/never fails an exercise/);
    expect(code).toBe(0);
  });

  test('lint reports it as a warning on the day given, and not the day before the end of life', () => {
    const file = 'FROM alpine:3.23 AS x\nUSER nobody\n';
    const after = cli(['lint', '-', '--format', 'json'], { input: file, env: { MULTISTAGE_TUTOR_TODAY: '2027-11-01' } });
    const before = cli(['lint', '-', '--format', 'json'], { input: file, env: { MULTISTAGE_TUTOR_TODAY: '2027-10-31' } });
    expect(after.stdout).toMatch(/MS023/);
    expect(before.stdout).not.toMatch(/MS023/);
    expect(after.status).toBe(before.status);
  });
});
