// `multistage-tutor check ID [--file PATH] [--format text|json]`: the goals as a checklist, the
// findings with their source lines, and what to do next.
import { lintDay } from '../today';
import { relative, resolve } from 'node:path';
import { activeSettings, lintOptionsFor } from '../../settings';
import { blocksPass, checkAnswer, nextExercise, type CheckResult, type Exercise, type Workspace } from '../../exercises';
import { escapeControls } from '../../engine/text';
import { CliError, parseCommandArgs, readInput, write, type CliIO } from '../io';
import { paint } from '../format/color';
import { jsonFinding } from '../format/json';
import { formatFinding } from '../format/text';
import { plainMarkdown, requireExercise, workspaceFor } from './exercises';
import { exerciseCommand } from '../team';

const FORMATS = ['text', 'json'];

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    file: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
  });
  if (!FORMATS.includes(values.format!)) throw new CliError(`check: --format must be text or json, not '${values.format}'`);
  if (positionals.length > 1) throw new CliError(`check: give one exercise ID (got ${positionals.length})`);
  const exercise = requireExercise('check', positionals[0]);
  const workspace = workspaceFor(io);

  let text: string;
  let shownPath: string;
  let absolutePath: string;
  let created = false;
  if (values.file !== undefined) {
    const input = await readInput(values.file, io);
    if ('error' in input) throw new CliError(`check: ${input.error}`);
    text = input.text;
    shownPath = values.file;
    absolutePath = resolve(io.cwd, values.file);
  } else {
    // The first check shows the task, also when `exercises` made the copy already.
    const firstTime = workspace.status(exercise.id) === 'new';
    const opened = await workspace.openWorkingCopy(exercise.id);
    created = opened.created || firstTime;
    shownPath = displayPath(opened.path, io.cwd);
    // The same checks as lint: size cap, binary, UTF-16, not a folder or a pipe.
    const input = await readInput(opened.path, io);
    if ('error' in input) {
      // The reason only, said about the working copy, with the way to get a good one back.
      const why = input.error.startsWith(`${opened.path}: `)
        ? input.error.slice(opened.path.length + 2).replace(/ \(give the Dockerfile inside it.*\)$/, '')
        : input.error;
      const mend = /directory/.test(why) ? 'move it away to start again' : `start again with: ${exerciseCommand('reset', exercise.id)}`;
      throw new CliError(`check: your working copy ${shownPath} ${why}; ${mend}`);
    }
    text = input.text;
    absolutePath = opened.path;
  }

  const today = lintDay(io.env);
  // A team's settings file (rule levels, its build and debug tools) applies to answers too.
  const result = checkAnswer(exercise, text, { ...(lintOptionsFor(activeSettings(), absolutePath) ?? {}), ...(today ? { today } : {}) });
  await workspace.recordCheck(exercise.id, result);

  if (values.format === 'json') {
    const json = { exercise: exercise.id, passed: result.passed, findings: result.findings.map(jsonFinding), goals: result.goals };
    write(io.stdout, JSON.stringify(json));
  } else {
    write(io.stdout, report(exercise, result, text, shownPath, created, workspace, io));
  }
  return result.passed ? 0 : 1;
}

function report(
  exercise: Exercise,
  result: CheckResult,
  text: string,
  file: string,
  created: boolean,
  workspace: Workspace,
  io: CliIO,
): string {
  const p = paint(io.color);
  const out: string[] = [p.bold(`${exercise.id}: ${exercise.title}`)];
  if (created) {
    out.push(
      `Your copy of the broken start file is ready to edit: ${file}`,
      '',
      plainMarkdown(exercise.task.replace(/^# .*\n+/, ''), io, p, '  '),
    );
  } else {
    out.push(`file: ${escapeControls(file)}`);
  }
  out.push('', p.bold('Goals'));
  for (const goal of result.goals) {
    // A goal that builds on an open one waits (…) rather than fails: fix the first one first.
    const mark = goal.status === 'passed' ? p.green('✓') : goal.status === 'waiting' ? p.dim('…') : p.red('✗');
    out.push(plainMarkdown(goal.description, io, p, '    ').replace(/^ {4}/, `  ${mark} `));
    if (goal.message) out.push(plainMarkdown(goal.status === 'waiting' ? `waiting: ${goal.message}` : goal.message, io, p, '      '));
  }
  if (result.findings.length > 0) {
    // The parser's own lines (a lone CR ends one too), so line numbers point at the right text.
    const lines = text.split(/\r\n|\r|\n/);
    out.push('', p.bold('Findings'));
    for (const finding of result.findings) {
      out.push(formatFinding(file, finding, lines, p, Math.min(io.columns, 120)), '');
    }
  }
  if (result.findings.length === 0) out.push('');
  // MS023 depends on the calendar: shown, never counted against an answer (blocksPass).
  const blocking = result.findings.filter(blocksPass).length;
  if (result.passed) {
    // MS023 may be on screen as a warning: say what passing means without denying it.
    const shown = result.findings.some((f) => f.severity !== 'info');
    out.push(`${p.green('✓ passed')}: every goal holds and lint finds nothing ${shown ? 'that fails an answer' : 'at warning or above'}`);
    if (result.findings.some((f) => f.rule === 'MS023'))
      out.push('note: MS023 (a release past its end of life) is shown for your information; it never fails an exercise');
    const next = nextExercise(exercise.id, workspace);
    out.push(
      next
        ? `next: ${exerciseCommand('check', next.id)}   (${next.title})`
        : `next: every exercise has passed; compare with the reference: ${exerciseCommand('solution', exercise.id)}`,
    );
    if (next) out.push(`      or compare with the reference: ${exerciseCommand('solution', exercise.id)}`);
  } else {
    const open = result.goals.filter((g) => g.status === 'failed').length;
    const waiting = result.goals.filter((g) => g.status === 'waiting').length;
    const parts = [`${open} of ${result.goals.length} goals open${waiting ? `, ${waiting} waiting on them` : ''}`];
    if (blocking) parts.push(`${blocking} finding${blocking === 1 ? '' : 's'} at warning or above`);
    out.push(`${p.red('✗ not yet')}: ${parts.join(', ')}`);
    const shown = workspace.entry(exercise.id).hintsShown;
    out.push(
      shown < exercise.hints.length
        ? `next: ${exerciseCommand('hint', exercise.id)}   (hint ${shown + 1} of ${exercise.hints.length})`
        : `next: edit ${file} and check again (all hints shown: ${exerciseCommand('hint', exercise.id, '--all')})`,
    );
  }
  return out.join('\n');
}

/** Relative when that is shorter and inside the working directory, else absolute. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}
