// Every command in one table: the global help, each `COMMAND --help`, the unknown-command
// "did you mean" and the router (main.ts) all read it. Data only (no imports), so the lint
// bundle and a completion script can read it without loading any command.
//
// To add a command: add an entry here, a loader in main.ts (TypeScript insists on it), and
// src/cli/commands/NAME.ts exporting `run(args, io)`.

/** What a command's arguments name; `COMMAND --help` lists the ones there are. */
export type Takes = 'sections' | 'trees' | 'exercises' | 'rules';

export interface CommandSpec {
  /** What follows the command's name on the command line. */
  readonly args: string;
  /** One line, for the global help. */
  readonly summary: string;
  /** More to say in `COMMAND --help`, a paragraph per string. */
  readonly details?: readonly string[];
  /** [flag with its value, what it does]. */
  readonly flags: readonly (readonly [string, string])[];
  /** Command lines a user can copy, without the leading `multistage-tutor`. */
  readonly examples: readonly string[];
  readonly takes?: Takes;
  /** What exit codes 0 and 1 mean for this command, when not just "done". */
  readonly exits?: string;
}

export const COMMANDS = {
  ref: {
    args: '[TOPIC...]',
    summary: 'print a reference section ("copy from", "base"); no TOPIC: the list of sections',
    details: ['TOPIC is matched loosely against the section IDs, titles and text; a section ID prints that section.'],
    flags: [],
    examples: ['ref', 'ref copy from', 'ref final-base'],
    takes: 'sections',
  },
  tree: {
    args: '[NAME]',
    summary: 'walk a decision tree; no NAME: the list of trees',
    details: [
      'In a terminal it asks one question at a time. Without one (or with --answers) it prints the path taken and the recommendation, or the next question.',
    ],
    flags: [
      ['--answers yes,no,...', 'answer the questions in order, without asking'],
      ['--dockerfile FILE', 'let a Dockerfile answer what it can'],
      [
        '--format text|json',
        'output format (default text). json with NAME: {"tree", "answers", "next", "result"}; without NAME: {"trees": [{"id", "title", "description"}]}',
      ],
    ],
    examples: ['tree', 'tree final-base', 'tree runtime --dockerfile Dockerfile', 'tree final-base --answers no,yes', 'tree --format json'],
    takes: 'trees',
  },
  lint: {
    args: '[FILE...|-]',
    summary: 'lint Dockerfiles (default ./Dockerfile; a folder: every Dockerfile under it; - reads standard input)',
    details: [
      'A folder is searched for Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile and Containerfile, skipping .git, node_modules and what .gitignore files ignore.',
      "A team's settings file, .multistage-tutor.yaml (or .yml, .json) in this folder or a parent up to the repository root, sets rule levels, failOn, ignorePaths, overrides, buildTools and debugTools; a pragma in a Dockerfile still wins.",
    ],
    flags: [
      ['--format FORMAT', 'text (default), json, sarif, github (annotations), gitlab (Code Quality report) or checkstyle (XML)'],
      ['--config FILE', 'use this settings file'],
      ['--no-config', 'ignore the settings file'],
      ['--fix', 'apply the fixes of fixable rules in place (with -: print the fixed file)'],
      ['--ignore MS014,MS015', 'skip these rules'],
      ['--target NAME', 'judge stage NAME as the shipped one, as docker build --target NAME would'],
      ['--fail-on error|warning|info|none', 'the lowest severity that fails the run (default error)'],
    ],
    exits: '0 nothing at or above --fail-on; 1 findings at or above it',
    examples: [
      'lint',
      'lint Dockerfile api/Dockerfile',
      'lint --fix Dockerfile',
      'lint - < Dockerfile',
      'lint --target test',
      'lint --format sarif Dockerfile > lint.sarif',
      'lint . --format github --fail-on warning',
    ],
    takes: 'rules',
  },
  graph: {
    args: '[FILE]',
    summary: 'draw the stage graph: what builds what, and what runs in parallel',
    flags: [
      ['--target NAME', 'draw what docker build --target NAME builds'],
      ['--format text|json', 'output format (default text); json: {"file", "target", "stages", "waves"}'],
    ],
    examples: ['graph', 'graph api/Dockerfile --target test', 'graph --format json'],
  },
  exercises: {
    args: '[new ID | validate DIR]',
    summary: 'list the exercises with your progress; new and validate are for authors of team exercises',
    details: [
      'An exercise ID may also be given by its number in this list, in any letter case (check 2).',
      "A team's exercise packs (--exercises DIR, or exercises: in the settings file) follow the built-in ones, each under its own heading; their IDs are PACK/ID.",
      'exercises new ID writes a working example to edit (task, start, solution, goals, hints, wrong/, alternatives/); exercises validate DIR checks a folder of exercises, one line per problem (docs/exercises.md).',
    ],
    flags: [
      ['--format text|json', 'json: id, number, title, pack, status, passedAt of each exercise'],
      ['--dir DIR', "with new: where to write it (default: the first --exercises folder, else the settings file's first pack, else here)"],
    ],
    exits: 'validate: 0 every exercise holds; 1 a problem was found',
    examples: ['exercises --format json', 'exercises new go-distroless --dir onboarding', 'exercises validate onboarding'],
  },
  check: {
    args: 'ID',
    summary: 'check your answer to an exercise (your working copy, or --file)',
    flags: [
      ['--file PATH', 'check this file instead of your working copy'],
      ['--format text|json', 'output format (default text)'],
    ],
    exits: '0 the exercise passes; 1 it does not pass yet',
    examples: ['check 1', 'check syntax-directive', 'check syntax-directive --file Dockerfile'],
    takes: 'exercises',
  },
  reset: {
    args: 'ID|--all',
    summary: "put an exercise's broken start back (asks first)",
    details: ['Declining (or Ctrl-D) keeps your working copy and exits 0: nothing failed.'],
    flags: [
      ['--all', 'every exercise, and the progress'],
      ['--yes, -y', 'do not ask (needed without a terminal)'],
    ],
    examples: ['reset syntax-directive', 'reset 3 --yes', 'reset --all'],
    takes: 'exercises',
  },
  hint: {
    args: 'ID',
    summary: 'the next hint of an exercise, one more each time',
    flags: [['--all', 'every hint at once']],
    examples: ['hint 1', 'hint syntax-directive --all'],
    takes: 'exercises',
  },
  solution: {
    args: 'ID',
    summary: 'the reference solution, once the exercise has passed',
    flags: [],
    exits: '0 printed; 1 the exercise has not passed yet',
    examples: ['solution syntax-directive'],
    takes: 'exercises',
  },
  rules: {
    args: '',
    summary: 'list the lint rules',
    flags: [],
    examples: ['rules'],
  },
  completion: {
    args: 'bash|zsh|fish',
    summary: 'print a shell completion script (commands, rule IDs, exercise IDs, trees, topics)',
    flags: [],
    details: [
      'Load it with eval "$(multistage-tutor completion bash)" in ~/.bashrc (zsh: the same in ~/.zshrc, after compinit; fish: multistage-tutor completion fish | source).',
    ],
    examples: ['completion bash'],
  },
  explain: {
    args: 'ID',
    summary: 'one rule: why it matters, a bad and a good example, the fix',
    details: ['ID is a rule ID in any case (MS003, ms3) or a rule name (numeric-stage-reference).'],
    flags: [],
    examples: ['explain MS003', 'explain numeric-stage-reference'],
    takes: 'rules',
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** Options any command takes, and the only ones allowed before a command. */
export const GLOBAL_FLAGS: readonly (readonly [string, string])[] = [
  ['--help, -h', 'this help; COMMAND --help: that command, with examples'],
  ['--version, -v', 'the version'],
  ['--no-color', 'no colour (NO_COLOR is honoured too)'],
  ['--exercises DIR', "add a team's folder of exercises (any command, repeatable)"],
];
