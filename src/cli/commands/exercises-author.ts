// For authors of team exercises: `exercises new ID [--dir DIR]` and `exercises validate DIR`.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { rules } from '../../engine/rules/index';
import { loadSections } from '../../content';
import { EXERCISE_ID, scaffoldExercise } from '../../exercises/scaffold';
import { validateExercises } from '../../exercises/validate';
import { activeSettings } from '../../settings';
import { CliError, parseCommandArgs, write, type CliIO } from '../io';
import { exerciseDirsGiven } from '../team';
import { paint } from '../format/color';

export async function runNew(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('exercises new', args, { dir: { type: 'string' } });
  const id = positionals[0];
  if (positionals.length !== 1 || id === undefined)
    throw new CliError("exercises new: give one exercise ID, e.g. 'multistage-tutor exercises new go-distroless'");
  if (!EXERCISE_ID.test(id))
    throw new CliError(`exercises new: '${id}' is not an exercise ID (lowercase letters, digits and dashes, e.g. go-distroless)`);
  // Default: the first --exercises folder, else the settings file's first pack folder, else here.
  const dir =
    values.dir !== undefined ? resolve(io.cwd, values.dir) : (exerciseDirsGiven()[0] ?? activeSettings()?.settings.exercises[0] ?? io.cwd);
  let folder: string;
  try {
    folder = scaffoldExercise(dir, id);
  } catch (error) {
    throw new CliError(`exercises new: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shown = relative(io.cwd, folder) || '.';
  write(
    io.stdout,
    [
      `created ${shown}/: exercise.json, task.md, start.Dockerfile, solution.Dockerfile, wrong/, alternatives/`,
      'It is a working example: replace its text and files with your own (the TODO marks), then check it with',
      `  multistage-tutor exercises validate ${relative(io.cwd, dir) || '.'}`,
      'docs/exercises.md describes the format and every goal kind.',
    ].join('\n'),
  );
  return 0;
}

export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('exercises validate', args, {});
  if (positionals.length !== 1)
    throw new CliError("exercises validate: give one folder of exercises, e.g. 'multistage-tutor exercises validate onboarding/exercises'");
  const dir = resolve(io.cwd, positionals[0]!);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`exercises validate: ${positionals[0]}: no such folder`);
  const shown = (path: string) => {
    const rel = relative(io.cwd, path);
    return rel && !rel.startsWith('..') ? rel : path;
  };
  const report = validateExercises(dir, { sections: loadSections().map((s) => s.id), rules: rules.map((r) => r.id), shown });
  if (report.exercises.length === 0)
    throw new CliError(`exercises validate: no exercise in ${positionals[0]} (a folder per exercise, each with an exercise.json)`);
  const p = paint(io.color);
  for (const line of report.problems) write(io.stdout, line);
  const count = `${report.exercises.length} exercise${report.exercises.length === 1 ? '' : 's'}`;
  if (report.problems.length > 0) {
    write(io.stdout, p.red(`✗ ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${count}`));
    return 1;
  }
  write(io.stdout, `${p.green('✓')} ${count}: every start fails, every solution and alternative passes, every wrong answer fails`);
  return 0;
}
