import type { RuleReport } from '../rule';
import { brokenStartInstruction, intendedExecForm } from '../facts';
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
    const first = start.args[0];
    const last = start.args.at(-1);
    // The arguments are rewritten only where they sit on one line.
    const oneLine = first && last && first.span.start.line === last.span.end.line;
    const report: RuleReport = {
      message: `${start.keyword} ${start.text} is not valid JSON (an exec form needs double quotes and commas), so Docker runs it as a shell command whose first word, \`${start.text.split(/\s/)[0]}\`, is no program: the image builds but the container cannot start${meant ? `. Write ${start.keyword} ${meant}` : ''}`,
      span: headSpan(start),
    };
    if (meant && oneLine) report.fix = [{ span: { start: first.span.start, end: last.span.end }, text: meant }];
    return [report];
  },
});
