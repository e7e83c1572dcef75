import type { RuleReport } from '../rule';
import type { Instruction, Span, StageModel } from '../types';
import { defineRule, headSpan } from './util';
import { didYouMean } from '../did-you-mean';
import { repeatedDirective } from '../directives';

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

/**
 * The flags each instruction accepts (BuildKit's frontend/dockerfile/instructions/parse.go and
 * its RUN hooks, the newest frontend, labs included, so a newer flag is never called unknown).
 * BuildKit refuses any other `--flag` with "unknown flag". Instructions not listed here are not
 * judged (ARG and STOPSIGNAL ignore flags; the rest we do not read flags of).
 */
const FLAGS: Readonly<Record<string, ReadonlySet<string>>> = {
  ADD: new Set(['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude']),
  COPY: new Set(['chown', 'from', 'chmod', 'link', 'exclude', 'parents']),
  FROM: new Set(['platform']),
  RUN: new Set(['mount', 'network', 'security', 'device']),
  HEALTHCHECK: new Set(['interval', 'timeout', 'start-period', 'start-interval', 'retries']),
  CMD: new Set(),
  ENTRYPOINT: new Set(),
  SHELL: new Set(),
  VOLUME: new Set(),
};

const JSON_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);

/**
 * BuildKit refuses a JSON array that holds anything but strings (`CMD ["sleep", 5]`: "arrays must
 * be comprised of strings only"), and a SHELL that is not a JSON array at all.
 */
function jsonProblem(instruction: Instruction): RuleReport | null {
  if (!JSON_KEYWORDS.has(instruction.keyword) || instruction.heredocs.length > 0) return null;
  // HEALTHCHECK's command comes after its CMD word.
  const text = instruction.keyword === 'HEALTHCHECK' ? instruction.text.replace(/^CMD\s+/i, '') : instruction.text;
  if (text.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = null;
    }
    const odd = Array.isArray(value) ? value.find((v) => typeof v !== 'string') : undefined;
    if (Array.isArray(value) && odd !== undefined) {
      return {
        message: `${instruction.keyword} ${text} is a JSON array holding ${JSON.stringify(odd)}, not a string: BuildKit accepts only strings there and refuses the file; quote every item`,
        span: headSpan(instruction),
      };
    }
  }
  if (instruction.keyword === 'SHELL' && instruction.json !== null && instruction.json.length === 0) {
    return { message: 'SHELL [] names no shell: BuildKit requires at least one item and refuses the file', span: headSpan(instruction) };
  }
  if (instruction.keyword === 'SHELL' && instruction.json === null) {
    return {
      message: 'SHELL takes the shell as a JSON array (SHELL ["/bin/bash", "-c"]): BuildKit refuses any other form',
      span: headSpan(instruction),
    };
  }
  return null;
}

function unknownFlag(instruction: Instruction): RuleReport | null {
  const known = FLAGS[instruction.keyword];
  if (!known) return null;
  // HEALTHCHECK NONE never reads its flags.
  if (instruction.keyword === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'NONE') return null;
  // BuildKit reads every leading `--word` as a flag; the parser keeps them as arguments where the
  // instruction takes none (`CMD --debug app`).
  const first = instruction.args[0];
  if (known.size === 0 && first && /^--[^=\s]/.test(first.value)) {
    const name = first.value.slice(2).split('=')[0]!;
    return {
      message: `unknown flag --${name} on ${instruction.keyword}: ${instruction.keyword} takes no flags, and BuildKit refuses the file`,
      span: first.span,
    };
  }
  for (const flag of instruction.flags) {
    // `--` ends the flags (BuildKit's BFlags.Parse): what follows is arguments, whatever it looks like.
    if (flag.name === '') break;
    if (known.has(flag.name)) continue;
    const [close] = didYouMean(flag.name, [...known], { limit: 1 });
    const hint = close ? ` (did you mean --${close}?)` : known.size === 0 ? `: ${instruction.keyword} takes no flags` : '';
    return { message: `unknown flag --${flag.name} on ${instruction.keyword}${hint}: BuildKit refuses the file`, span: flag.span };
  }
  return null;
}

export default defineRule({
  id: 'MS000',
  name: 'invalid-dockerfile',
  severity: 'error',
  fixable: false,
  check({ model }) {
    // BuildKit stops at the first error, so only the first (in file order) is reported.
    const reports: RuleReport[] = [];
    // Old Mac line ends (CR alone): BuildKit breaks lines only at LF, so the file is one line to
    // it (a comment, or a FROM with the rest of the file as arguments), whatever it looks like.
    if (!model.text.includes('\n') && /\r[^\r]*\S/.test(model.text.trimEnd())) {
      return [
        {
          message:
            'the lines end with CR alone (old Mac line endings): BuildKit breaks lines only at LF, so it reads the whole file as one line; save it with LF (or CRLF) line endings',
          span: { start: { line: 1, column: 1 }, end: { line: 1, column: (model.lines[0] ?? '').length + 1 } },
        },
      ];
    }
    for (const instruction of model.instructions) {
      if (!KEYWORDS.has(instruction.keyword)) {
        // As BuildKit does: `unknown instruction: FRM (did you mean from?)`.
        const [close] = didYouMean(instruction.keyword, [...KEYWORDS], { limit: 1 });
        const hint = close ? ` (did you mean ${close}?)` : '';
        reports.push({ message: `unknown instruction '${instruction.keyword}'${hint}`, span: instruction.keywordSpan });
      } else if (instruction.stage === -1 && instruction.keyword !== 'ARG') {
        reports.push({ message: `${instruction.keyword} before the first FROM: only ARG may come before it`, span: headSpan(instruction) });
      } else {
        const unknown = unknownFlag(instruction) ?? jsonProblem(instruction);
        if (unknown) reports.push(unknown);
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
    const repeated = repeatedDirective(model.lines);
    if (repeated) {
      reports.push({
        message: `a second '# ${repeated.name}=' directive: BuildKit allows only one ${repeated.name} parser directive and refuses the file`,
        span: { start: { line: repeated.line, column: repeated.column }, end: { line: repeated.line, column: repeated.endColumn } },
      });
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
