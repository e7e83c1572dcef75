// The flags every command but `lint` shares for a team's setup: `--exercises DIR` (repeatable)
// adds a pack of team exercises; `--config FILE` / `--no-config` choose the settings file, whose
// `exercises:` add packs too. `lint` reads its own (commands/lint.ts).
import { resolve } from 'node:path';
import { CliError, type CliIO } from './io';

export interface TeamOptions {
  exerciseDirs: string[];
  config: string | undefined;
  noConfig: boolean;
}

/** The team flags as the user gave them: a team exercise exists only with them, so commands we suggest repeat them. */
let givenFlags: string[] = [];
/** The `--exercises` folders as given, resolved: `exercises new` writes into the first. */
let givenExerciseDirs: string[] = [];

export function exerciseDirsGiven(): readonly string[] {
  return givenExerciseDirs;
}

/** The team flags taken out of `argv` (`--exercises DIR` and `--exercises=DIR` alike). */
export function takeTeamOptions(argv: string[]): { argv: string[]; team: TeamOptions } {
  const rest: string[] = [];
  const team: TeamOptions = { exerciseDirs: [], config: undefined, noConfig: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--exercises' || flag === '--config') {
      const value = inline ?? argv[++i];
      const what = flag === '--config' ? 'settings file' : 'folder';
      if (value === undefined || value === '') throw new CliError(`${flag} needs a ${what} (see 'multistage-tutor --help')`);
      // `--exercises --format json`: the next flag is no folder (a value that starts with - goes after =).
      if (inline === undefined && value.length > 1 && value.startsWith('-'))
        throw new CliError(
          `${flag} needs a ${what} (got '${value}'; write ${flag}=${flag === '--config' ? 'FILE' : 'DIR'} for one that starts with -)`,
        );
      if (flag === '--exercises') team.exerciseDirs.push(value);
      else team.config = value;
    } else if (arg === '--no-config') {
      team.noConfig = true;
    } else if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    } else {
      rest.push(arg);
    }
  }
  return { argv: rest, team };
}

/**
 * Reads the settings file (when there is one, or the one named), makes it the active settings
 * for this process (src/settings activeSettings()), and adds the exercise packs it and the flags name.
 *
 * A bad settings file is a one-line error (exit 2), except with `keepGoing` (the app, which has
 * screens that need no settings): then no settings are active, only the flags' packs are added,
 * and the error line is returned for the screens where settings matter.
 */
export async function applyTeamOptions(
  team: TeamOptions,
  io: CliIO,
  { keepGoing = false } = {},
): Promise<{ settingsProblem: string | null }> {
  givenExerciseDirs = team.exerciseDirs.map((dir) => resolve(io.cwd, dir));
  givenFlags = [
    ...team.exerciseDirs.flatMap((dir) => ['--exercises', shellWord(dir)]),
    ...(team.config !== undefined ? ['--config', shellWord(team.config)] : []),
    ...(team.noConfig ? ['--no-config'] : []),
  ];
  let settingsProblem: string | null = null;
  const { findSettingsFile, resolveSettings, setActiveSettings, SettingsError } = await import('../settings');
  let loaded = null;
  // The rule list (to check the file's rule IDs) loads only when there is a file to read.
  if (
    (!team.noConfig && (team.config !== undefined || findSettingsFile(io.cwd) !== null)) ||
    (team.noConfig && team.config !== undefined)
  ) {
    const { rules } = await import('../engine/rules/index');
    try {
      loaded = await resolveSettings(io.cwd, { config: team.config, noConfig: team.noConfig }, rules);
    } catch (error) {
      // --config with --no-config is a mistake on the command line, not in a file: it stops the app too.
      const usage = team.noConfig && team.config !== undefined;
      if (error instanceof SettingsError && keepGoing && !usage) settingsProblem = error.message.split('\n')[0]!;
      else if (error instanceof SettingsError) throw new CliError(error.message);
      else throw error;
    }
  }
  setActiveSettings(loaded);
  const dirs = [...(loaded?.settings.exercises ?? []), ...team.exerciseDirs];
  if (dirs.length === 0) return { settingsProblem };
  const { addExercisePack, listExercises, PackError } = await import('../exercises');
  try {
    for (const dir of dirs) addExercisePack(dir, io.cwd);
    listExercises(); // a broken team exercise is a one-line error now, not a crash later
  } catch (error) {
    if (error instanceof PackError) throw new CliError(error.message);
    if (error instanceof Error && /exercise\.json/.test(error.message)) {
      throw new CliError(`${error.message.split('\n')[0]} (check the pack with 'multistage-tutor exercises validate DIR')`);
    }
    if (error instanceof SyntaxError)
      throw new CliError(
        `a team exercise's exercise.json is not valid JSON: ${error.message} (check the pack with 'multistage-tutor exercises validate DIR')`,
      );
    throw error;
  }
  return { settingsProblem };
}

/**
 * A command to suggest about an exercise, ready to paste: `multistage-tutor hint acme/x --exercises team`.
 * Built-in exercises need no flags; a team one's ID is PACK/ID (exercises/packs.ts).
 */
export function exerciseCommand(command: string, id: string, ...rest: string[]): string {
  return ['multistage-tutor', command, id, ...rest, ...(id.includes('/') ? givenFlags : [])].join(' ');
}

/** A word as a POSIX shell reads it back: quoted when it holds a space or another special character. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
