import type { RuleReport } from '../rule';
import type { Span, StageModel } from '../types';
import { defineRule, headSpan } from './util';
import { didYouMean } from '../did-you-mean';

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export default defineRule({
  id: 'MS000',
  name: 'invalid-dockerfile',
  severity: 'error',
  fixable: false,
  check({ model }) {
    // BuildKit stops at the first error, so only the first (in file order) is reported.
    const reports: RuleReport[] = [];
    for (const instruction of model.instructions) {
      if (!KEYWORDS.has(instruction.keyword)) {
        // As BuildKit does: `unknown instruction: FRM (did you mean from?)`.
        const [close] = didYouMean(instruction.keyword, [...KEYWORDS], { limit: 1 });
        const hint = close ? ` (did you mean ${close}?)` : '';
        reports.push({ message: `unknown instruction '${instruction.keyword}'${hint}`, span: instruction.keywordSpan });
      } else if (instruction.stage === -1 && instruction.keyword !== 'ARG') {
        reports.push({ message: `${instruction.keyword} before the first FROM: only ARG may come before it`, span: headSpan(instruction) });
      }
      if (reports.length > 0) break;
    }
    for (const stage of model.stages) {
      const args = stage.from.args;
      if (args.length === 0) {
        reports.push({ message: 'FROM without an image', span: stage.from.span });
      } else if (args.length === 2 || args.length > 3 || (args.length === 3 && !stage.asSpan)) {
        reports.push({ message: "FROM takes an image and optionally 'AS <name>'", span: headSpan(stage.from) });
      } else if (stage.name !== null && !STAGE_NAME.test(stage.name.toLowerCase())) {
        reports.push({
          message: `invalid stage name '${stage.name}': it must start with a letter and hold only letters, digits, '-', '_' and '.'`,
          span: stage.nameSpan!,
        });
      } else continue;
      break;
    }
    for (const ref of model.references) {
      if (ref.via === 'from' || ref.target.kind !== 'invalid') continue;
      // As written: `--from=$X`, `RUN --mount from=$X`.
      const what = ref.via === 'copy' ? '--from=' : 'RUN --mount from=';
      reports.push({
        message:
          ref.target.reason === 'empty'
            ? `${what} is empty: name a stage or an image`
            : `${what}${ref.raw} holds a variable, which BuildKit does not expand there: name the stage or image`,
        span: ref.span,
      });
      break;
    }
    if (reports.length === 0 && model.stages.length === 0) {
      reports.push({ message: 'the file has no FROM instruction: every Dockerfile starts a stage with FROM', span: firstLine(model) });
    }
    reports.sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column);
    return reports.slice(0, 1);
  },
});

function firstLine(model: StageModel): Span {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: (model.lines[0] ?? '').replace(/\r$/, '').length + 1 } };
}
