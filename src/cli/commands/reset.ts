// `multistage-tutor reset ID [--yes]` and `reset --all [--yes]`: put the broken start files back.
// A learner's edits are never overwritten without a yes: asked on a terminal, `--yes` in scripts.
import { readFileSync } from 'node:fs';
import { listExercises } from '../../exercises';
import { CliError, parseCommandArgs, write, type CliIO } from '../io';
import { confirm, requireExercise, workspaceFor } from './exercises';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('reset', args, {
    all: { type: 'boolean', default: false },
    yes: { type: 'boolean', short: 'y', default: false },
  });
  if (values.all && positionals.length > 0) throw new CliError(`reset: give an exercise ID or --all, not both`);
  if (!values.all && positionals.length !== 1) {
    throw new CliError(`reset: give one exercise ID, or --all for every exercise (e.g. 'multistage-tutor reset syntax-directive')`);
  }
  return values.all ? resetAll(io, values.yes!) : resetOne(io, positionals[0]!, values.yes!);
}

async function resetOne(io: CliIO, id: string, yes: boolean): Promise<number> {
  const exercise = requireExercise('reset', id);
  const workspace = workspaceFor(io);
  const path = workspace.workingCopyPath(exercise.id);
  if (!workspace.hasWorkingCopy(exercise.id)) {
    await workspace.openWorkingCopy(exercise.id);
    write(io.stdout, `${exercise.id}: created ${path} from the start file`);
    return 0;
  }
  if (readFileSync(path, 'utf8') === exercise.start) {
    write(io.stdout, `${exercise.id}: ${path} is already the start file; nothing to reset`);
    return 0;
  }
  const answer = await agreed(io, yes, `Overwrite ${path} with the start file? Your edits will be lost.`, path);
  if (answer !== 'yes') return declined(io, answer, `${exercise.id}: kept your working copy`);
  await workspace.resetExercise(exercise.id);
  write(io.stdout, `${exercise.id}: ${path} is the start file again`);
  return 0;
}

async function resetAll(io: CliIO, yes: boolean): Promise<number> {
  const workspace = workspaceFor(io);
  const progress = workspace.readProgress().exercises;
  const edited = listExercises().filter(
    (e) => workspace.hasWorkingCopy(e.id) && readFileSync(workspace.workingCopyPath(e.id), 'utf8') !== e.start,
  );
  if (edited.length === 0 && Object.keys(progress).length === 0) {
    write(io.stdout, 'nothing to reset: no edited working copies and no progress');
    return 0;
  }
  const passed = Object.values(progress).filter((e) => e.status === 'passed').length;
  const question =
    `Reset every exercise in ${workspace.home}: ${edited.length} edited working ${edited.length === 1 ? 'copy' : 'copies'} ` +
    `back to the start file, and the progress (${passed} passed) cleared?`;
  const answer = await agreed(io, yes, question, workspace.home);
  if (answer !== 'yes') return declined(io, answer, 'kept your working copies and progress');
  await workspace.resetAll();
  write(io.stdout, `every exercise is back at its start file; progress cleared`);
  return 0;
}

/** --yes, or the answer typed on a terminal. With neither a terminal nor --yes, refuse (exit 2). */
async function agreed(io: CliIO, yes: boolean, question: string, what: string): Promise<'yes' | 'no' | 'eof'> {
  if (yes) return 'yes';
  if (!io.interactive) {
    throw new CliError(`reset: would overwrite ${what} but there is no terminal to ask; run it again with --yes to confirm`);
  }
  return confirm(io, question);
}

/** A no (or Ctrl-D) is an answer, not a failure: say what was kept, exit 0. */
function declined(io: CliIO, answer: 'no' | 'eof', kept: string): number {
  // After Ctrl-D the cursor is still on the question's line.
  write(io.stdout, `${answer === 'eof' ? '\n' : ''}${kept}; nothing was reset`);
  return 0;
}
