// `multistage-tutor exercises`: the curriculum with the learner's status. Also the helpers the
// other exercise commands (check, reset, hint, solution) share.
import { createInterface } from 'node:readline/promises';
import {
  closeExerciseIds,
  findExerciseId,
  listExercises,
  loadExercise,
  nextExercise,
  plainLinks,
  Workspace,
  type Exercise,
} from '../../exercises';
import { didYouMeanHint } from '../../engine/did-you-mean';
import { CliError, parseCommandArgs, write, type CliIO } from '../io';
import { paint, type Paint } from '../format/color';
import { markdownToPlain } from '../format/markdown-plain';
import { exerciseCommand } from '../team';

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args[0] === 'new') return (await import('./exercises-author')).runNew(args.slice(1), io);
  if (args[0] === 'validate') return (await import('./exercises-author')).runValidate(args.slice(1), io);
  const { values } = parseCommandArgs('exercises', args, { format: { type: 'string', short: 'f', default: 'text' } }, false);
  if (values.format !== 'text' && values.format !== 'json')
    throw new CliError(`exercises: --format must be text or json, not '${values.format}'`);
  const workspace = workspaceFor(io);
  const progress = workspace.readProgress().exercises;
  const all = listExercises();
  if (values.format === 'json') {
    // For a lead's onboarding checklist: numbers are those `check 3` accepts.
    const exercises = all.map((e, i) => {
      const entry = progress[e.id];
      return {
        id: e.id,
        number: i + 1,
        title: e.title,
        pack: e.pack ?? null,
        status: entry?.status ?? 'new',
        passedAt: entry?.passedAt ?? null,
      };
    });
    write(io.stdout, JSON.stringify({ version: 1, exercises }));
    return 0;
  }
  const p = paint(io.color);
  const passed = all.filter((e) => progress[e.id]?.status === 'passed').length;
  const idWidth = Math.max(...all.map((e) => e.id.length));
  const lines = [p.bold(`Exercises: ${passed}/${all.length} passed`), ''];
  for (const [i, exercise] of all.entries()) {
    // Each team pack under its own heading, after the built-in exercises.
    if (exercise.pack !== undefined && exercise.pack !== all[i - 1]?.pack) lines.push('', p.bold(`Team pack: ${exercise.pack}`), '');
    const status = progress[exercise.id]?.status ?? 'new';
    const mark =
      status === 'passed' ? p.green('✓ passed     ') : status === 'in-progress' ? p.yellow('… in progress') : p.dim('  new        ');
    lines.push(`${String(i + 1).padStart(3)}  ${exercise.id.padEnd(idWidth)}  ${mark}  ${exercise.title}`);
  }
  const next = nextExercise(undefined, workspace);
  lines.push('');
  if (next) {
    // The path shown must exist: make the copy now (from the start file; an existing one is kept).
    const created = workspace.createWorkingCopy(next.id);
    lines.push(`next: edit ${workspace.workingCopyPath(next.id)}${created ? ' (just made from the broken start file)' : ''}`);
    lines.push(`      then: ${exerciseCommand('check', next.id)}   (when stuck: ${exerciseCommand('hint', next.id)})`);
  } else {
    lines.push(`${p.green('✓')} every exercise passed; compare with the reference: multistage-tutor solution ID`);
  }
  write(io.stdout, lines.join('\n'));
  return 0;
}

/** The workspace of this process: $MULTISTAGE_TUTOR_HOME from the command's environment, warnings on stderr. */
export function workspaceFor(io: CliIO): Workspace {
  return new Workspace({ env: io.env, onWarning: (line) => write(io.stderr, `multistage-tutor: warning: ${line}`) });
}

/** The exercise an ID (any case) or list number names, or a one-line error with the IDs close to it (exit 2). */
export function requireExercise(command: string, id: string | undefined): Exercise {
  if (id === undefined || id.trim() === '') {
    throw new CliError(
      `${command}: give an exercise ID, e.g. 'multistage-tutor ${command} syntax-directive' ('multistage-tutor exercises' lists them)`,
    );
  }
  const found = findExerciseId(id);
  if (found === undefined) {
    const count = listExercises().length;
    const hint = /^\d+$/.test(id.trim()) ? `there are ${count}; ` : didYouMeanHint(closeExerciseIds(id));
    throw new CliError(`${command}: unknown exercise '${id}' (${hint}'multistage-tutor exercises' lists them)`);
  }
  return loadExercise(found);
}

/** Exercise Markdown (task, hints) as plain text, with reference links as commands to run. */
export function plainMarkdown(markdown: string, io: CliIO, p: Paint = paint(io.color), indent = ''): string {
  return markdownToPlain(plainLinks(markdown), Math.min(io.columns, 100), p, indent);
}

/** Asks a yes/no question on the terminal: anything but y/yes is no; end of input (Ctrl-D) is 'eof'. */
export async function confirm(io: CliIO, question: string): Promise<'yes' | 'no' | 'eof'> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  // At end of input a pending question never settles: the close event answers instead. An
  // answer typed just before the end (`y` then Ctrl-D, or piped) settles first: close waits a turn.
  const closed = new Promise<null>((resolve) => rl.once('close', () => setImmediate(() => resolve(null))));
  try {
    const answer = await Promise.race([rl.question(`${question} [y/N] `).catch(() => null), closed]);
    if (answer === null) return 'eof';
    return /^y(es)?$/i.test(answer.trim()) ? 'yes' : 'no';
  } finally {
    rl.close();
  }
}
