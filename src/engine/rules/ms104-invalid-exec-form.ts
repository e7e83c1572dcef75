import type { RuleReport } from '../rule';
import { brokenExecForm, brokenStartInstruction, intendedExecForm } from '../facts';
import { defineRule, headSpan } from './util';

/**
 * The shipped stage starts with a CMD or ENTRYPOINT that looks like an exec form but is no JSON
 * array of strings: it builds, but the container cannot start. Its teaching: content/rules/MS104.md.
 */
export default defineRule({
  id: 'MS104',
  name: 'invalid-exec-form',
  severity: 'warning',
  fixable: true,
  check({ model, final }) {
    if (!final) return [];
    const start = brokenStartInstruction(model, final);
    if (!start) return [];
    const meant = intendedExecForm(start);
    const kind = brokenExecForm(start);
    const first = start.args[0];
    const last = start.args.at(-1);
    // The arguments are rewritten only where they sit on one line.
    const oneLine = first && last && first.span.start.line === last.span.end.line;
    const report: RuleReport = {
      message:
        kind === 'comment'
          ? `${start.keyword} ${start.text} has a comment after the list: Docker drops only whole-line comments, so the line is no JSON and runs as a shell command whose first word, \`${firstWord(start.text)}\`, is no program: the image builds but the container cannot start. Put the comment on a line of its own`
          : `${start.keyword} ${start.text} is not valid JSON (an exec form needs double quotes and commas), so Docker runs it as a shell command whose first word, \`${firstWord(start.text)}\`, is no program: the image builds but the container cannot start${meant ? `. Write ${start.keyword} ${meant}` : ''}`,
      span: headSpan(start),
    };
    // A comment after the list is the writer's: no fix that would drop it.
    if (meant && oneLine && brokenExecForm(start) === 'not-json')
      report.fix = [{ span: { start: first.span.start, end: last.span.end }, text: meant }];
    return [report];
  },
});

/** The word the shell looks for: the first one, its quotes removed (`['node',` is `[node,`). */
function firstWord(text: string): string {
  return text.split(/\s/)[0]!.replace(/["']/g, '');
}
