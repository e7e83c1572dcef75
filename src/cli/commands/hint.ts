// `multistage-tutor hint ID [--all]`: one more hint each time, gentle first.
import { parseCommandArgs, write, type CliIO } from '../io';
import { paint } from '../format/color';
import { plainMarkdown, requireExercise, workspaceFor } from './exercises';
import { exerciseCommand } from '../team';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('hint', args, { all: { type: 'boolean', default: false } });
  const exercise = requireExercise('hint', positionals[0]);
  const workspace = workspaceFor(io);
  const p = paint(io.color);
  const hints = values.all ? await workspace.allHints(exercise.id) : [await workspace.nextHint(exercise.id)];
  const out: string[] = [];
  for (const hint of hints) {
    out.push(p.bold(`Hint ${hint.index} of ${hint.total} (${exercise.id})`), plainMarkdown(hint.text, io, p, '  '), '');
  }
  const last = hints.at(-1)!;
  out.push(
    last.index < last.total
      ? `more: ${exerciseCommand('hint', exercise.id)}`
      : `That was the last hint. Check your copy with: ${exerciseCommand('check', exercise.id)}`,
  );
  write(io.stdout, out.join('\n'));
  return 0;
}
