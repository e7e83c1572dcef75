// `multistage-tutor solution ID`: the reference solution, only once the exercise has passed.
import { CliError, parseCommandArgs, write, type CliIO } from '../io';
import { requireExercise, workspaceFor } from './exercises';
import { exerciseCommand } from '../team';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('solution', args, {});
  if (positionals.length > 1) throw new CliError(`solution: give one exercise ID (got ${positionals.length})`);
  const exercise = requireExercise('solution', positionals[0]);
  if (!workspaceFor(io).solutionUnlocked(exercise.id)) {
    write(
      io.stderr,
      `multistage-tutor: solution: '${exercise.id}' has not passed yet; the reference solution opens once this passes: ${exerciseCommand('check', exercise.id)}`,
    );
    return 1;
  }
  write(io.stdout, exercise.solution);
  return 0;
}
