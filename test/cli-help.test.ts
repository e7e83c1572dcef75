// Help that answers, and names typed loosely: each command's own --help from the one command
// table, did-you-mean for commands, options, trees and targets, exercise IDs by number or in any
// case, `exercises` pointing at a copy that exists. All through the built bin, as a user runs it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_NAMES } from '../src/cli/command-table';
import { rules } from '../src/engine';
import { listExercises } from '../src/exercises';
import { listTrees } from '../src/content';
import { cli, expectOneLineError, workspace } from './cli-helpers';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'mst-help-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));
const env = () => ({ MULTISTAGE_TUTOR_HOME: home });

describe('COMMAND --help', () => {
  const global = cli(['--help']).stdout;

  it("the global help lists every command of the table and says how to get a command's own help", () => {
    for (const name of COMMAND_NAMES) expect(global).toMatch(new RegExp(`^  multistage-tutor ${name}\\b`, 'm'));
    expect(global).toContain('COMMAND --help');
  });

  it.each(COMMAND_NAMES)('%s --help is its own: usage, every flag, examples, not the global help', (name) => {
    const r = cli([name, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toBe(global);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^multistage-tutor ${name}\\b`));
    for (const [flag] of COMMANDS[name].flags) expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('Examples:');
    for (const example of COMMANDS[name].examples) expect(r.stdout).toContain(`multistage-tutor ${example}`);
    // -h and `help NAME` give the same
    expect(cli([name, '-h']).stdout).toBe(r.stdout);
    expect(cli(['help', name]).stdout).toBe(r.stdout);
  });

  it('lists what a command takes: tree names, exercise IDs with their numbers, rule IDs', () => {
    const tree = cli(['tree', '--help']).stdout;
    for (const t of listTrees()) expect(tree).toContain(t.id);
    const check = cli(['check', '--help']).stdout.replace(/\s+/g, ' ');
    listExercises().forEach((e, i) => expect(check).toContain(`${i + 1} ${e.id}`));
    const explain = cli(['explain', '--help']).stdout;
    for (const rule of rules) expect(explain).toContain(rule.id);
  });

  it("lint --help is the same through lint's own bundle and through the app", () => {
    const direct = cli(['lint', '--help']);
    expect(direct.stdout).toContain('--fail-on error|warning|info|none');
    expect(cli(['--no-color', 'lint', '--help'])).toEqual(direct);
  });

  it('every example in the table runs without a usage error', () => {
    const files = workspace({
      Dockerfile:
        'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM build AS test\nRUN go test ./...\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
      'api/Dockerfile': 'FROM alpine:3.20 AS test\nRUN true\n',
    });
    try {
      for (const name of COMMAND_NAMES) {
        for (const example of COMMANDS[name].examples) {
          const input = / < (\S+)/.exec(example)?.[1];
          const args = example.replace(/ [<>] \S+/g, '').split(' ');
          const fresh = mkdtempSync(join(home, 'ex-'));
          const r = cli(args, {
            cwd: files.dir,
            env: { MULTISTAGE_TUTOR_HOME: fresh },
            input: input ? readFileSync(join(files.dir, input)) : '',
          });
          expect([0, 1], `${example}: ${r.stderr}`).toContain(r.status);
        }
      }
    } finally {
      files.done();
    }
    // One process per example, forty-odd of them: on a loaded two-core machine that is more than the default.
  }, 90_000);
});

describe('did you mean', () => {
  it.each([
    [['lnt'], /unknown command 'lnt' \(did you mean lint\b/],
    [['exercise'], /unknown command 'exercise' \(did you mean exercises\b/],
    [['tree', 'finalbase'], /no tree 'finalbase' \(did you mean final-base\?/],
    [['explain', 'MS03'], /unknown rule 'MS03' \(did you mean MS003/],
    [['check', 'non-rot'], /unknown exercise 'non-rot' \(did you mean non-root\?/],
    [['--verison'], /unknown option '--verison' \(did you mean --version\?/],
  ])('%j', (args, message) => {
    const r = cli(args, { env: env() });
    expect(r.status).toBe(2);
    expectOneLineError(r);
    expect(r.stderr).toMatch(message);
  });

  it('--bogus is an unknown option, not an unknown command, before or after a command', () => {
    const before = cli(['--bogus']);
    expect(before.status).toBe(2);
    expect(before.stderr).toMatch(/unknown option '--bogus'/);
    expect(before.stderr).not.toMatch(/unknown command/);
    const after = cli(['tree', '--bogus']);
    expect(after.status).toBe(2);
    expect(after.stderr).toMatch(/Unknown option '--bogus'.*multistage-tutor tree --help/);
  });
});

describe('exercise IDs', () => {
  const first = listExercises()[0]!;
  const third = listExercises()[2]!;

  it('are taken by their number in the list and in any letter case', () => {
    const byNumber = cli(['check', '1', '--format', 'json'], { env: env() });
    expect(JSON.parse(byNumber.stdout).exercise).toBe(first.id);
    const shouting = cli(['check', first.id.toUpperCase(), '--format', 'json'], { env: env() });
    expect(JSON.parse(shouting.stdout).exercise).toBe(first.id);
    expect(cli(['hint', '3'], { env: env() }).stdout).toContain(`(${third.id})`);
    expect(cli(['solution', '3'], { env: env() }).stderr).toContain(`'${third.id}' has not passed yet`);
    expect(cli(['reset', '3', '--yes'], { env: env() }).stdout).toContain(third.id);
  });

  it('a number past the end is an unknown exercise that says how many there are', () => {
    const r = cli(['check', '99'], { env: env() });
    expect(r.status).toBe(2);
    expectOneLineError(r);
    expect(r.stderr).toContain(`there are ${listExercises().length}`);
  });
});

describe('exercises', () => {
  it('points at a working copy that exists, made from the start file, and never overwrites it', () => {
    const first = listExercises()[0]!;
    const r = cli(['exercises'], { env: env() });
    expect(r.status).toBe(0);
    const path = /next: edit (\S+)/.exec(r.stdout)?.[1];
    expect(path).toBe(join(home, 'exercises', first.id, 'Dockerfile'));
    expect(existsSync(path!)).toBe(true);
    expect(readFileSync(path!, 'utf8')).toBe(first.start);
    expect(r.stdout).toMatch(new RegExp(`then: multistage-tutor check ${first.id}`));
    // Listing is not starting: the exercise is still new, and the first check shows the task.
    expect(r.stdout).toMatch(new RegExp(`${first.id} +new`));
    expect(cli(['check', first.id], { env: env() }).stdout).toContain('ready to edit');
    writeFileSync(path!, '# mine\n');
    cli(['exercises'], { env: env() });
    expect(readFileSync(path!, 'utf8')).toBe('# mine\n');
  });
});

describe('lint --target with a stage the file does not have', () => {
  const file = 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20 AS runtime\nCOPY --from=build /app /app\n';

  it('says the target is unknown, lists the stages, suggests the near one, exit 2', () => {
    const ws = workspace({ Dockerfile: file });
    try {
      const r = cli(['lint', '--target', 'nosuch'], { cwd: ws.dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Dockerfile: --target nosuch names no stage \(stages: build, runtime\)/);
      expect(r.stdout + r.stderr).not.toMatch(/could not be read/);
      expect(r.stdout).toMatch(/nothing linted: 1 file has no stage 'nosuch'/);
      const typo = cli(['lint', '--target', 'biuld', 'Dockerfile', '--format', 'json'], { cwd: ws.dir });
      expect(typo.status).toBe(2);
      expect(JSON.parse(typo.stdout).files[0].error).toMatch(
        /--target biuld names no stage \(did you mean build\? stages: build, runtime\)/,
      );
    } finally {
      ws.done();
    }
  });
});

describe('a flag that takes a value, followed by another flag or by nothing', () => {
  it.each([
    [
      ['lint', '--target', '--fix', 'Dockerfile'],
      "lint: --target needs a value (got '--fix'; write --target=NAME for a value that starts with -)",
    ],
    [
      ['check', '1', '--file', '--format', 'json'],
      "check: --file needs a value (got '--format'; write --file=PATH for a value that starts with -)",
    ],
    [
      ['tree', 'final-base', '--dockerfile', '--format', 'json'],
      "tree: --dockerfile needs a value (got '--format'; write --dockerfile=FILE for a value that starts with -)",
    ],
    [['lint', '-f', '-x'], "lint: -f needs a value (got '-x'; write --format=FORMAT for a value that starts with -)"],
    [['graph', '--target'], "graph: --target needs a value (see 'multistage-tutor graph --help')"],
    [
      ['--exercises', '--format', 'exercises'],
      "--exercises needs a folder (got '--format'; write --exercises=DIR for one that starts with -)",
    ],
  ])('%j says which flag lacks its value in our words, exit 2', (args, message) => {
    const r = cli(args, { env: env() });
    expect(r.status).toBe(2);
    expectOneLineError(r);
    expect(r.stderr.trim()).toBe(`multistage-tutor: ${message}`);
  });

  it('a lone - is a value (standard input), and --flag=VALUE takes one that starts with -', () => {
    expect(cli(['tree', 'final-base', '--dockerfile', '-', '--format', 'json'], { input: 'FROM alpine:3.20\n' }).status).toBe(0);
    const inline = cli(['lint', '--ignore=-x', '-'], { input: 'FROM alpine:3.20\n' });
    expect(inline.status).toBe(2);
    expect(inline.stderr).toMatch(/--ignore: unknown rule '-x'/);
  });
});

describe('tree and graph --format', () => {
  it.each(['tree', 'graph'])('%s --help lists --format text|json, as cli.md does', (name) => {
    expect(cli([name, '--help']).stdout).toMatch(/^ {2}--format text\|json +\S/m);
  });

  it('tree --format json without a NAME prints the list of trees as JSON: id, title, description', () => {
    const r = cli(['tree', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ trees: listTrees().map((t) => ({ id: t.id, title: t.title, description: t.description })) });
    expect(cli(['tree', '--help']).stdout.replace(/\s+/g, ' ')).toContain('without NAME: {"trees": [{"id", "title", "description"}]}');
  });
});
