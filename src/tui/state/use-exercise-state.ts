// The exercise screen's text as lines: task, hints, goals, findings with their source lines and the
// solution, each wrapped to the width (nothing the learner must read ends in "…"). Pure.
import { renderMarkdown } from '../../content/render';
import { wrapLine } from '../../content/wrap';
import type { Paint } from '../paint';
import type { CheckResult, Exercise, Hint } from '../workspace';
import { sourceExcerpt } from '../components/source-excerpt';
import { displaySafe } from '../../content/terminal-safe';
import { keyShown } from '../keymap';

/** Why the working copy could not be read: gone (deleted, its folder too), or another error (its code). */
export type CopyProblem = { missing: true } | { missing: false; reason: string };

/** One line for a working copy that cannot be read, naming the key that puts the start file back. */
export function copyProblemLine(problem: CopyProblem): string {
  const reset = keyShown('exercise', 'main', 'reset');
  return problem.missing
    ? `Your working copy is missing: press ${reset} to put the start file back.`
    : `Your working copy cannot be read (${problem.reason}): press ${reset} to put the start file back.`;
}

/**
 * A goal as the checker reports it. A goal that waits on another (status `waiting`) is neither met
 * nor failed: it says what it waits for. A failed goal's message names the line to mend.
 */
type GoalShown = CheckResult['goals'][number] & { status?: string; message?: string };

export function goalLine(goal: GoalShown, p: Paint): string {
  const description = inlineCode(goal.description, p);
  const message = goal.message ? inlineCode(goal.message, p) : null;
  if (goal.status === 'waiting') return `${p.yellow('…')} ${description} ${p.gray(`(waiting: ${message ?? 'on an earlier goal'})`)}`;
  if (goal.passed) return `${p.green('✓')} ${description}`;
  return `${p.red('✗')} ${description}${message ? ` ${p.gray(`(${message})`)}` : ''}`;
}

/** Goal texts are Markdown with `code` spans: show the code as the reference does (its colour, no backticks). */
function inlineCode(text: string, p: Paint): string {
  return text.replace(/`([^`]+)`/g, (_all, code: string) => p.yellow(code));
}

export function exerciseBody(
  exercise: Exercise,
  checked: { result: CheckResult; lines: string[] } | null,
  hints: Hint[],
  showSolution: boolean,
  width: number,
  color: boolean,
  p: Paint,
  file: string | null = null,
  problem: CopyProblem | null = null,
): { body: string[]; hintsAt: number; solutionAt: number } {
  const out: string[] = [];
  // `[text](ref:id)` links read as the reference's own `(ref id)` notes; `o` opens the section.
  const md = (text: string) =>
    renderMarkdown(text.replace(/\]\(ref:([a-z0-9-]+)\)/g, '](#$1)'), { width: width - 1, color })
      .replace(/\n+$/, '')
      .split('\n');
  const wrap = (line: string) => wrapLine(line, Math.max(8, width - 1), 2);
  out.push(...md(exercise.task), '');
  // Where to edit, in full: the status line below cuts a long path.
  if (file) out.push(...wrapLine(`${p.bold('Your copy:')} ${file}`, Math.max(8, width - 1), 2), '');
  const hintsStart = out.length;
  for (const h of hints) out.push(...md(`**Hint ${h.index}/${h.total}:** ${h.text}`), '');
  if (problem) {
    // Nothing to judge: no goals or findings of an empty file, but how to get the file back.
    out.push(p.bold('Goals'), ...wrap(`${p.red('✗')} ${copyProblemLine(problem)}`));
  } else if (checked) {
    const r = checked.result;
    out.push(p.bold('Goals'));
    for (const g of r.goals) out.push(...wrap(goalLine(g, p)));
    const blocking = r.findings.filter((f) => f.severity !== 'info');
    out.push('', p.bold(r.findings.length === 0 ? 'Findings: none' : `Findings (${blocking.length} in the way of passing)`));
    for (const f of r.findings) {
      const sev = f.severity === 'error' ? p.red(f.severity) : f.severity === 'warning' ? p.yellow(f.severity) : p.gray(f.severity);
      out.push(...wrap(`${f.span.start.line}:${f.span.start.column} ${sev} ${f.rule} ${displaySafe(f.message)}`));
      out.push(...sourceExcerpt(checked.lines, f, width).map(p.gray));
    }
  }
  const solutionStart = out.length + 1;
  if (showSolution) {
    out.push(
      '',
      p.bold('Reference solution (compare with yours):'),
      ...exercise.solution
        .replace(/\n+$/, '')
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  // The newest hint's first line, so revealing one scrolls it into view.
  const lastHint = hints.length > 0 ? hintsStart + out.slice(hintsStart).findIndex((l) => l.includes(`Hint ${hints.length}/`)) : 0;
  return { body: out, hintsAt: lastHint, solutionAt: solutionStart };
}

export function verdictLine(r: CheckResult | undefined, recorded: boolean, width: number, problem: CopyProblem | null = null): string {
  if (problem) {
    const reset = keyShown('exercise', 'main', 'reset');
    const what = problem.missing ? 'your working copy is missing' : 'your working copy cannot be read';
    return width < 60
      ? `✗ ${problem.missing ? 'file missing' : 'unreadable'} · ${reset} puts it back`
      : `✗ ${what} · ${reset} puts the start file back`;
  }
  if (!r) return 'checking…';
  if (r.passed)
    return width < 60
      ? '✓ PASSED · s solution · n next'
      : `✓ PASSED${recorded ? ', recorded in your progress' : ''} · s compare with the reference solution · n next`;
  const met = r.goals.filter((g) => g.passed).length;
  const inWay = r.findings.filter((f) => f.severity !== 'info').length;
  return width < 60
    ? `✗ not yet: ${met}/${r.goals.length} goals, ${inWay} in the way`
    : `✗ not yet: ${met}/${r.goals.length} goals, ${inWay} finding(s) in the way`;
}

/**
 * A path in at most `room` columns: the home folder as `~`, then whole folders taken out of the
 * middle ("~/.local/…/index-breaks/Dockerfile"), the file's own name kept longest.
 */
export function shortPath(path: string, home: string | undefined, room: number): string {
  const h = home?.replace(/\/+$/, '');
  let p = h && (path === h || path.startsWith(h + '/')) ? '~' + path.slice(h.length) : path;
  const len = (s: string) => [...s].length;
  if (len(p) <= room) return p;
  const segs = p.split('/');
  if (segs.length >= 3) {
    // The first segment ('~', or '' before a leading /) and the file's name always; then the
    // folders nearest the file, then the top ones, while they fit. At least one folder goes.
    const build = (head: number, tail: number) => [...segs.slice(0, head), '…', ...segs.slice(segs.length - tail)].join('/');
    let head = 1;
    let tail = 1;
    if (len(build(head, tail)) <= room) {
      while (head + tail + 1 < segs.length && len(build(head, tail + 1)) <= room) tail++;
      while (head + tail + 1 < segs.length && len(build(head + 1, tail)) <= room) head++;
      return build(head, tail);
    }
    if (len(build(0, 1)) <= room) return build(0, 1);
  }
  // Even that is too long: characters out of the middle, more of the end kept.
  const chars = [...p];
  const keep = Math.max(1, room - 1);
  const end = Math.ceil((keep * 2) / 3);
  p = chars.slice(0, keep - end).join('') + '…' + chars.slice(chars.length - end).join('');
  return p;
}

/**
 * The exercise screen's last line: a message, else the working copy's path, then where the view
 * is ("lines 17–40 of 120"). The position always shows: the path in it is shortened first
 * (shortPath), then the text is cut.
 */
export function exerciseStatus(
  message: string | null,
  file: string | null,
  home: string | undefined,
  position: string,
  width: number,
): string {
  const len = (s: string) => [...s].length;
  const room = Math.max(8, width - (position ? len(position) + 3 : 0));
  let left = message ?? `file: ${file ?? '…'}`;
  if (file && left.includes(file)) {
    left = left.replace(file, shortPath(file, home, Math.max(8, room - (len(left) - len(file)))));
  }
  if (len(left) > room) left = [...left].slice(0, room - 1).join('') + '…';
  return [left, position].filter(Boolean).join(' · ');
}
