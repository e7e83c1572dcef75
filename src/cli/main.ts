// Entry point: route to a command module, loaded only when that command runs.
import { CliError, runProcess, write, type CliIO } from './io';
import { HELP, VERSION } from './help';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
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

/** The command names, for shell completion. */
export const commandNames = (): string[] => Object.keys(commands);

/** Commands that take the team flags (--exercises, --config, --no-config) here; lint reads its own. */
const TEAM_COMMANDS = new Set([undefined, 'exercises', 'check', 'reset', 'hint', 'solution', 'completion']);

export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] !== 'lint') {
    const { takeTeamOptions, applyTeamOptions } = await import('./team');
    const taken = takeTeamOptions(argv);
    // Any command accepts --exercises; those that show exercises or check answers also read the settings file.
    if (TEAM_COMMANDS.has(taken.argv[0])) {
      argv = taken.argv;
      await applyTeamOptions(taken.team, io);
    } else if (taken.team.exerciseDirs.length > 0 && taken.team.config === undefined && !taken.team.noConfig) {
      argv = taken.argv;
    }
  }
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    write(io.stdout, VERSION);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    write(io.stdout, HELP);
    return 0;
  }
  if (first === undefined) {
    if (!io.interactive) return (await import('./commands/home-plain')).run([], io);
    return (await import('../tui/start')).start(io);
  }
  const load = commands[first];
  if (!load) {
    throw new CliError(`unknown command '${first}' (commands: ${Object.keys(commands).join(', ')}; see 'multistage-tutor --help')`);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, HELP);
    return 0;
  }
  return (await load())(rest, io);
}

export async function entry(): Promise<void> {
  await runProcess(main);
}
