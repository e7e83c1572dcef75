// Entry point: route to a command module, loaded only when that command runs.
import { didYouMean, didYouMeanHint } from '../engine/did-you-mean';
import { COMMAND_NAMES, COMMANDS, GLOBAL_FLAGS, isCommand, type CommandName, type Takes } from './command-table';
import { CliError, readInput, runProcess, write, type CliIO } from './io';
import { commandHelp, globalHelp, VERSION } from './help';
import { loadTui } from './open-tui';
import { escapeControls } from '../engine/text';

type Command = (args: string[], io: CliIO) => Promise<number>;

/** One loader per entry of the command table (TypeScript checks that none is missing). */
const commands: Record<CommandName, () => Promise<Command>> = {
  lint: async () => (await import('./commands/lint')).run,
  rules: async () => (await import('./commands/rules')).run,
  explain: async () => (await import('./commands/explain')).run,
  ref: async () => (await import('./commands/ref')).run,
  tree: async () => (await import('./commands/tree')).run,
  graph: async () => (await import('./commands/graph')).run,
  exercises: async () => (await import('./commands/exercises')).run,
  check: async () => (await import('./commands/check')).run,
  reset: async () => (await import('./commands/reset')).run,
  hint: async () => (await import('./commands/hint')).run,
  solution: async () => (await import('./commands/solution')).run,
  completion: async () => (await import('./commands/completion')).run,
};

/** Commands that take the team flags (--exercises, --config, --no-config) here; lint reads its own. */
const TEAM_COMMANDS = new Set([undefined, 'exercises', 'check', 'reset', 'hint', 'solution', 'completion']);

/** The names a command's arguments may be, for its help; loaded only when that help is asked for. */
const takesLoaders: Record<Takes, () => Promise<string[]>> = {
  sections: async () => (await import('../content')).loadSections().map((s) => s.id),
  trees: async () => (await import('../content')).listTrees().map((t) => t.id),
  exercises: async () => (await import('../exercises')).listExercises().map((e, i) => `${i + 1} ${e.id}`),
  rules: async () => (await import('../engine')).rules.map((r) => r.id),
};

const HELP_FLAGS = ['--help', '-h'];
const helpWidth = (io: CliIO) => Math.min(io.columns, 100);

async function helpFor(name: CommandName, io: CliIO): Promise<number> {
  const takes = COMMANDS[name] as { takes?: Takes };
  const names = takes.takes ? await takesLoaders[takes.takes]() : [];
  write(io.stdout, commandHelp(name, names, helpWidth(io)));
  return 0;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // A bad settings file does not keep the app from opening (Reference, Trees and Exercises need
  // none): the Lint screen says what is wrong with it.
  let settingsProblem: string | null = null;
  if (argv[0] !== 'lint') {
    const { takeTeamOptions, applyTeamOptions } = await import('./team');
    const taken = takeTeamOptions(argv);
    // Any command accepts --exercises; those that show exercises or check answers also read the settings file.
    if (TEAM_COMMANDS.has(taken.argv[0])) {
      argv = taken.argv;
      ({ settingsProblem } = await applyTeamOptions(taken.team, io, { keepGoing: taken.argv[0] === undefined }));
    } else if (taken.team.exerciseDirs.length > 0 && taken.team.config === undefined && !taken.team.noConfig) {
      argv = taken.argv;
      // No use for the exercises here, but a folder that is not there is still the user's mistake.
      const { requireExerciseFolders } = await import('./exercise-folders');
      requireExerciseFolders(taken.team.exerciseDirs, io.cwd);
    }
  }
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    write(io.stdout, VERSION);
    return 0;
  }
  if (first !== undefined && HELP_FLAGS.includes(first)) {
    write(io.stdout, globalHelp(helpWidth(io)));
    return 0;
  }
  if (first === undefined) {
    if (!io.interactive) {
      if (settingsProblem) write(io.stderr, `multistage-tutor: settings file not used: ${escapeControls(settingsProblem)}`);
      return (await import('./commands/home-plain')).run([], io);
    }
    const { start } = await loadTui();
    const { writeFixesOver } = await import('./fix-file');
    return start(
      io,
      {
        readDockerfile: (path, cwd) => readInput(path, { cwd, stdin: io.stdin }),
        writeFixes: (path, cwd, linted, fixed) => writeFixesOver(path, cwd, linted, fixed, io),
      },
      { settingsProblem },
    );
  }
  if (first === 'help') {
    if (rest[0] === undefined) return main(['--help'], io);
    return main([rest[0], '--help'], io);
  }
  if (first.startsWith('-')) {
    const known = GLOBAL_FLAGS.flatMap(([flags]) => flags.split(', '));
    const hint = didYouMeanHint(didYouMean(first, known, { limit: 1 }));
    throw new CliError(`unknown option '${first}' (${hint}before a command only ${known.join(', ')}; see 'multistage-tutor --help')`);
  }
  if (!isCommand(first)) {
    const hint = didYouMeanHint(didYouMean(first, COMMAND_NAMES, { substring: true }));
    throw new CliError(`unknown command '${first}' (${hint}commands: ${COMMAND_NAMES.join(', ')}; see 'multistage-tutor --help')`);
  }
  if (rest.some((arg) => HELP_FLAGS.includes(arg))) return helpFor(first, io);
  return (await commands[first]())(rest, io);
}

export async function entry(): Promise<void> {
  await runProcess(main);
}
