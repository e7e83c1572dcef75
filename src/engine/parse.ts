// The one place that talks to dockerfile-ast: everything else reads our own Instruction shape.
import { DockerfileParser, Instruction as AstInstruction } from 'dockerfile-ast';
import type { Comment, Directive, Flag, Heredoc, Instruction, Span, Word } from './types';

interface AstRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface ParsedFile {
  escapeChar: string;
  directives: Directive[];
  comments: Comment[];
  instructions: Instruction[];
  lines: string[];
}

export function toSpan(range: AstRange): Span {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

/**
 * dockerfile-ast re-tokenises an instruction on every getArguments/getFlags/getArgumentsContent
 * call, several times while parsing and again for each of ours: most of lint's time. An
 * instruction's text and range never change once it is built, so tokenise each one once.
 */
const astPrototype = AstInstruction.prototype as unknown as { getRawArguments(this: Tokenised): unknown[] };
const tokenise = astPrototype.getRawArguments;
type Tokenised = { msTokens?: unknown[] };
astPrototype.getRawArguments = function getRawArguments(this: Tokenised) {
  const args = (this.msTokens ??= tokenise.call(this));
  // Callers shift flags off the array they get: hand out copies.
  return args.slice();
};

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'COPY', 'ADD', 'SHELL', 'VOLUME']);

export function parseDockerfile(text: string): ParsedFile {
  const ast = DockerfileParser.parse(text);
  // Line numbers follow the parser's, which also breaks at a lone CR.
  const lines = text.split(/\r\n|\r|\n/);
  const instructions = ast.getInstructions().map((instruction) => convert(instruction, lines));
  return {
    escapeChar: ast.getEscapeCharacter(),
    directives: ast.getDirectives().map((d) => ({
      name: d.getName().toLowerCase(),
      value: d.getValue(),
      line: d.getRange().start.line + 1,
      span: toSpan(d.getRange()),
    })),
    comments: ast.getComments().map((c) => ({
      line: c.getRange().start.line + 1,
      text: c.getContent() ?? '',
      span: toSpan(c.getRange()),
    })),
    instructions,
    lines,
  };
}

function convert(node: AstInstruction, lines: string[]): Instruction {
  const keyword = node.getKeyword().toUpperCase();
  const anyNode = node as unknown as {
    getFlags?: () => { getName(): string; getValue(): string | null; getRange(): AstRange; getValueRange(): AstRange | null }[];
    getHeredocs?: () => { getName(): string; getContentRange(): AstRange | null; getStartRange(): AstRange; getDelimiterRange(): AstRange | null }[];
  };
  const flags: Flag[] = (anyNode.getFlags?.() ?? []).map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    span: toSpan(f.getRange()),
    valueSpan: f.getValueRange() ? toSpan(f.getValueRange()!) : null,
  }));
  const rawArgs = node.getArguments();
  // Heredocs only exist where an argument opens one; asking the parser costs another tokenising.
  const astHeredocs = HEREDOC_KEYWORDS.has(keyword) && rawArgs.some((a) => a.getValue().startsWith('<<')) ? (anyNode.getHeredocs?.() ?? []) : [];
  const heredocs: Heredoc[] = astHeredocs.map((h) => ({ name: h.getName(), body: bodyOf(h.getContentRange(), lines) }));
  // Heredoc bodies come back as arguments; they are not (line ranges start after the opening line).
  const firstLine = node.getRange().start.line;
  const args: Word[] = (astHeredocs.length === 0 ? rawArgs : rawArgs.filter((a) => a.getRange().start.line === firstLine || !insideHeredoc(a.getRange().start.line, astHeredocs)))
    .map((a) => ({ value: a.getValue(), span: toSpan(a.getRange()) }));
  // Arguments are already free of continuations and comment lines; joining them is what
  // getArgumentsContent() would give, but for whitespace runs, at a fraction of the cost.
  const head = heredocs.length > 0 ? (node.getArgumentsContent() ?? '').split('\n')[0]! : args.map((a) => a.value).join(' ');
  return {
    keyword,
    span: toSpan(node.getRange()),
    keywordSpan: toSpan(node.getInstructionRange()),
    args,
    flags,
    text: head.trim(),
    heredocs,
    stage: -1,
    json: JSON_FORM.has(keyword) ? jsonForm(head) : null,
  };
}

function insideHeredoc(line: number, heredocs: { getStartRange(): AstRange; getDelimiterRange(): AstRange | null; getContentRange(): AstRange | null }[]): boolean {
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
