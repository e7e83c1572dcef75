// The one place that talks to dockerfile-ast: everything else reads our own Instruction shape.
import type * as DockerfileAst from 'dockerfile-ast';
import type * as DockerfileAstParser from 'dockerfile-ast/lib/parser.js';
import type { Flag, Heredoc, Instruction, Span, Word } from './types';
import { fastParse, type FastInstruction } from './parse-fast';

interface AstRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface ParsedFile {
  escapeChar: string;
  instructions: Instruction[];
  lines: string[];
}

export function toSpan(range: AstRange): Span {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

let ast: typeof DockerfileAst | null = null;
/** The instruction node the parser built last (see createInstruction below). */
let last: { parser: unknown; dockerfile: unknown; start: number; keywordEnd: number; end: number; node: unknown } | null = null;

/**
 * dockerfile-ast, loaded and patched on first use: a file the fast path reads needs none of it,
 * and a `lint` of one such file starts without evaluating it. esbuild bundles this require()
 * as a lazily initialised module.
 */
function dockerfileAst(): typeof DockerfileAst {
  if (ast) return ast;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('dockerfile-ast') as typeof DockerfileAst;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require('dockerfile-ast/lib/parser.js') as typeof DockerfileAstParser;
  const { From, Instruction } = loaded;
  /**
   * dockerfile-ast re-tokenises an instruction on every getArguments/getFlags/getArgumentsContent
   * call, several times while parsing and again for each of ours: most of lint's time. An
   * instruction's text and range never change once it is built, so tokenise each one once.
   */
  const astPrototype = Instruction.prototype as unknown as { getRawArguments(this: Tokenised): unknown[] };
  const tokenise = astPrototype.getRawArguments;
  type Tokenised = { msTokens?: unknown[] };
  astPrototype.getRawArguments = function getRawArguments(this: Tokenised) {
    const args = (this.msTokens ??= tokenise.call(this));
    // Callers shift flags off the array they get: hand out copies.
    return args.slice();
  };

  // With arguments shared, a range must not be changed in place: From's image-name and registry
  // getters narrow the range getImageRange() hands them, which is the image argument's own.
  const fromPrototype = From.prototype as unknown as { getImageRange(): AstRange | null };
  const imageRange = fromPrototype.getImageRange;
  fromPrototype.getImageRange = function getImageRange() {
    const range = imageRange.call(this);
    return range && { start: range.start, end: range.end };
  };

  /**
   * The parser builds each instruction with arguments twice: once to look for heredocs, once to
   * keep, with the same offsets. Construction tokenises (JSON forms, ARG properties), so hand the
   * second call the first one's node.
   */
  type Build = (this: unknown, dockerfile: unknown, keyword: string, start: number, keywordEnd: number, end: number) => unknown;
  const parserPrototype = Parser.prototype as unknown as { createInstruction: Build };
  const build = parserPrototype.createInstruction;
  parserPrototype.createInstruction = function createInstruction(dockerfile, keyword, start, keywordEnd, end) {
    if (
      last &&
      last.parser === this &&
      last.dockerfile === dockerfile &&
      last.start === start &&
      last.keywordEnd === keywordEnd &&
      last.end === end
    )
      return last.node;
    const node = build.call(this, dockerfile, keyword, start, keywordEnd, end);
    last = { parser: this, dockerfile, start, keywordEnd, end, node };
    return node;
  };
  ast = loaded;
  return loaded;
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'COPY', 'ADD', 'SHELL', 'VOLUME']);

// Line numbers follow the parser's, which also breaks at a lone CR.
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Where each line starts, as an offset into the text: the one line model of the engine (CRLF,
 * lone CR and LF each end a line, as the parser reads them), so a Pos maps to the same character
 * everywhere. Index 0 is line 1.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The text offset of a 1-based line/column (clamped to the end of that line's text). */
export function offsetAt(text: string, starts: readonly number[], pos: { line: number; column: number }): number {
  if (pos.line > starts.length) return text.length;
  const start = starts[Math.max(pos.line, 1) - 1]!;
  const next = pos.line < starts.length ? starts[pos.line]! : text.length;
  // The line's own text ends before its line break.
  let end = next;
  if (pos.line < starts.length) {
    end = next - 1;
    if (text.charCodeAt(end) === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
  }
  return Math.min(start + Math.max(pos.column, 1) - 1, end);
}

// Runs once per file, mostly before the JIT has compiled it: it does no more than the model reads.
export function parseDockerfile(text: string): ParsedFile {
  // Most real files take the fast path; it returns null for anything it does not read exactly as dockerfile-ast.
  const fast = fastParse(text);
  if (fast) {
    const lines = text.split('\n');
    const instructions: Instruction[] = [];
    for (let i = 0; i < fast.instructions.length; i++) instructions.push(fromFast(fast.instructions[i]!, lines));
    return { escapeChar: fast.escapeChar, instructions, lines };
  }
  return parseWithAst(text);
}

/** dockerfile-ast's parse, converted: every file the fast path leaves. */
export function parseWithAst(text: string): ParsedFile {
  const ast = dockerfileAst().DockerfileParser.parse(text);
  last = null; // so this file's tree can be collected

  // Splitting on a string is much cheaper than on the pattern, and most files have no CR.
  const lines = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  const nodes = ast.getInstructions();
  const instructions: Instruction[] = [];
  for (let i = 0; i < nodes.length; i++) instructions.push(convert(nodes[i] as unknown as AstNode, lines));
  return { escapeChar: ast.getEscapeCharacter(), instructions, lines };
}

interface AstFlag {
  getName(): string;
  getValue(): string | null;
  getRange(): AstRange;
  getValueRange(): AstRange | null;
}
interface AstHeredoc {
  getName(): string;
  getContentRange(): AstRange | null;
  getStartRange(): AstRange;
  getDelimiterRange(): AstRange | null;
}
type AstNode = DockerfileAst.Instruction & { getFlags?: () => AstFlag[]; getHeredocs?: () => AstHeredoc[] };

function convert(node: AstNode, lines: string[]): Instruction {
  const keyword = node.getKeyword();
  const flags: Flag[] = [];
  if (node.getFlags) {
    const astFlags = node.getFlags();
    for (let i = 0; i < astFlags.length; i++) {
      const f = astFlags[i]!;
      const valueRange = f.getValueRange();
      flags.push({ name: f.getName(), value: f.getValue(), span: toSpan(f.getRange()), valueSpan: valueRange ? toSpan(valueRange) : null });
    }
  }
  const rawArgs = node.getArguments();
  const values: string[] = [];
  let opensHeredoc = false;
  for (let i = 0; i < rawArgs.length; i++) {
    const value = rawArgs[i]!.getValue();
    values.push(value);
    if (value.startsWith('<<')) opensHeredoc = true;
  }
  // Asking the parser for heredocs costs another pass over the text: only where one opens.
  const astHeredocs = opensHeredoc && HEREDOC_KEYWORDS.has(keyword) && node.getHeredocs ? node.getHeredocs() : [];
  const args: Word[] = [];
  const firstLine = node.getRange().start.line;
  for (let i = 0; i < rawArgs.length; i++) {
    const range = rawArgs[i]!.getRange();
    // Heredoc bodies come back as arguments; they are not (line ranges start after the opening line).
    if (astHeredocs.length > 0 && range.start.line !== firstLine && insideHeredoc(range.start.line, astHeredocs)) continue;
    args.push({ value: values[i]!, span: toSpan(range) });
  }
  const heredocs: Heredoc[] = [];
  for (const h of astHeredocs) heredocs.push({ name: h.getName(), body: bodyOf(h.getContentRange(), lines) });
  // Arguments are already free of continuations and comment lines; joining them is what
  // getArgumentsContent() would give, but for whitespace runs, at a fraction of the cost.
  const head = heredocs.length > 0 ? (node.getArgumentsContent() ?? '').split('\n')[0]! : values.join(' ');
  return {
    keyword,
    span: toSpan(node.getRange()),
    keywordSpan: toSpan(node.getInstructionRange()),
    args,
    flags,
    text: head.trim(),
    heredocs,
    stage: -1,
    json: head.includes('[') && JSON_FORM.has(keyword) ? jsonOf(head, args, lines) : null,
  };
}

/** convert() for the fast path's data, whose words, flags and spans are already the engine's. */
function fromFast(node: FastInstruction, lines: string[]): Instruction {
  const args = node.args;
  let head = node.head;
  if (head === undefined) {
    head = args.length > 0 ? args[0]!.value : '';
    for (let i = 1; i < args.length; i++) head += ' ' + args[i]!.value;
  }
  return {
    keyword: node.keyword,
    span: node.span,
    keywordSpan: node.keywordSpan,
    args,
    flags: node.flags ?? [],
    text: head.trim(),
    heredocs: node.heredocs ?? [],
    stage: -1,
    json: head.includes('[') && JSON_FORM.has(node.keyword) ? jsonOf(head, args, lines) : null,
  };
}

function insideHeredoc(line: number, heredocs: AstHeredoc[]): boolean {
  return heredocs.some((h) => {
    const start = h.getStartRange().start.line;
    const end = (h.getDelimiterRange() ?? h.getContentRange())?.end.line ?? Number.MAX_SAFE_INTEGER;
    return line > start && line <= end;
  });
}

function bodyOf(range: AstRange | null, lines: string[]): string {
  if (!range) return '';
  return lines.slice(range.start.line, range.end.line + 1).join('\n');
}

/**
 * The exec form's items. The parser's words joined by single spaces are not always the line as
 * written (escaped quotes, runs of spaces inside a string), so an array that does not parse from
 * them is read again from the line itself.
 */
function jsonOf(head: string, args: readonly Word[], lines: readonly string[]): string[] | null {
  const parsed = jsonForm(head);
  if (parsed !== null || args.length === 0) return parsed;
  const first = args[0]!.span;
  const last = args.at(-1)!.span;
  if (first.start.line !== last.end.line) return null;
  const line = (lines[first.start.line - 1] ?? '').replace(/\r$/, '');
  return jsonForm(line.slice(first.start.column - 1, last.end.column - 1));
}

function jsonForm(text: string): string[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}
