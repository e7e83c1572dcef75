// A fast path for parseDockerfile: the same instruction boundaries, arguments, flags and heredocs
// that dockerfile-ast gives, scanned once over the text with plain offsets, for the files most real
// Dockerfiles are: no CR, no BOM, heredocs with plain names. Anything else (or any doubt) returns
// null and dockerfile-ast parses the file. dockerfile-ast builds a text
// document, Range objects and a class per instruction, and tokenises each instruction several
// times: on real files that was most of a lint's time (bench/corpus-speed.mjs).
// test/engine-parse-fast.test.ts proves both paths give equal results.

import type { Flag, Pos, Span, Word } from './types';

// What parse.ts's convert() reads of a dockerfile-ast instruction, as plain data, with the
// engine's 1-based spans made once here rather than converted from 0-based ranges.
export type FastArg = Word;
export type FastFlag = Flag;
export interface FastHeredoc {
  name: string;
  body: string;
}
export interface FastInstruction {
  keyword: string;
  span: Span;
  keywordSpan: Span;
  args: FastArg[];
  flags: FastFlag[] | null;
  /** Only on an instruction that opens a heredoc: its heredocs, and its text up to the first line's end. */
  heredocs?: FastHeredoc[];
  head?: string;
}

// dockerfile-ast's flag rules by class: ADD, COPY, FROM, RUN stop at an argument without `--`;
// HEALTHCHECK at CMD or NONE; CMD, ENTRYPOINT, SHELL and VOLUME take no flags; others have none.
const STOP_WITHOUT_DASHES = new Set(['ADD', 'COPY', 'FROM', 'RUN']);
const NO_FLAGS = new Set(['CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME']);

export interface FastFile {
  escapeChar: string;
  instructions: FastInstruction[];
}

export function fastInstructions(text: string): FastInstruction[] | null {
  return fastParse(text)?.instructions ?? null;
}

export function fastParse(text: string): FastFile | null {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return null;
  const mayOpenHeredoc = text.includes('<<');
  const escape = text.charCodeAt(0) === 35 || text.charCodeAt(0) === 32 || text.charCodeAt(0) === 9 ? escapeOf(text) : '\\';
  if (escape === null) return null;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = positions(text, starts);
  const result: FastInstruction[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10) continue;
    if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i + 1);
      i = nl === -1 ? n : nl;
      continue;
    }
    // The keyword: up to a space, a tab or the line's end. An escape inside it is the slow path's.
    let k = i + 1;
    for (; k < n; k++) {
      const ck = text.charCodeAt(k);
      if (ck === 32 || ck === 9 || ck === 10) break;
      if (text[k] === escape) return null;
    }
    const start = i;
    const keywordEnd = k;
    const end = k < n && text.charCodeAt(k) !== 10 ? argumentsEnd(text, k, escape) : k;
    const keyword = text.slice(start, keywordEnd).toUpperCase();
    if (mayOpenHeredoc && end > keywordEnd && text.slice(keywordEnd, end).includes('<<')) {
      if (HEREDOC_KEYWORDS.has(keyword)) {
        const heredoc = heredocInstruction(text, keyword, start, keywordEnd, end, at, starts, escape);
        if (heredoc === null) return null;
        if ('instruction' in heredoc) {
          result.push(heredoc.instruction);
          i = heredoc.end;
          continue;
        }
      } else if (keyword === 'ONBUILD') return null; // its trigger may open one
    }
    const raw = tokens(text, keywordEnd, end, at, escape);
    const flags =
      STOP_WITHOUT_DASHES.has(keyword) || keyword === 'HEALTHCHECK' || NO_FLAGS.has(keyword)
        ? flagsOf(text, keyword, raw, at, starts)
        : null;
    const first = at(start);
    result.push({
      keyword,
      span: { start: first, end: at(end) },
      keywordSpan: { start: first, end: at(keywordEnd) },
      args: flags && flags.length > 0 ? raw.slice(flags.length) : raw,
      flags,
    });
    i = end;
  }
  return { escapeChar: escape, instructions: result };
}

/**
 * The escape character as dockerfile-ast reads it: its Parser.getParserDirectives scan of the
 * leading `# name=value` lines (no BOM or CR here), then the first `escape` directive whose value
 * is a backslash or a backtick.
 */
function escapeOf(text: string): string | null {
  const n = text.length;
  directives: for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') continue;
    if (c !== '#') break;
    let nameStart = -1;
    let nameEnd = -1;
    for (let j = i + 1; j < n; j++) {
      const cj = text[j];
      if (cj === ' ' || cj === '\t') {
        if (nameStart !== -1 && nameEnd === -1) nameEnd = j;
      } else if (cj === '\n') {
        break directives;
      } else if (cj === '=') {
        if (nameEnd === -1) nameEnd = j;
        let valueStart = -1;
        let valueEnd = -1;
        let lineEnd = n;
        for (let k = j + 1; k < n; k++) {
          const ck = text[k];
          if (ck === '\n') {
            if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
            lineEnd = k;
            break;
          }
          if (ck === ' ' || ck === '\t') {
            if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
          } else if (valueStart === -1) valueStart = k;
        }
        if (nameStart === -1) break directives;
        if (valueStart === -1) {
          valueStart = j + 1;
          valueEnd = lineEnd;
        } else if (valueEnd === -1) valueEnd = n;
        if (text.slice(nameStart, nameEnd).toLowerCase() === 'escape') {
          const value = text.slice(valueStart, valueEnd);
          if (value === '\\' || value === '`') return value;
        }
        // A second `#` after the value reads as another directive on the same line, and
        // dockerfile-ast then starts the instructions a line too far down: its reading.
        if (text.slice(valueEnd, lineEnd).trim() !== '') return null;
        i = valueEnd;
        continue directives;
      } else if (nameStart === -1) nameStart = j;
    }
    // The last line ended without '=' or a newline: dockerfile-ast scans on from the next character.
  }
  return '\\';
}

type At = (offset: number) => Pos;

/** Offset to 1-based line and column (a text document's positionAt, plus one). */
function positions(text: string, starts: number[]): At {
  let last = 1; // the line of the last answer: most questions come in text order
  return (offset) => {
    const o = Math.max(0, Math.min(offset, text.length));
    if (starts[last - 1]! <= o && (last === starts.length || starts[last]! > o)) return { line: last, column: o - starts[last - 1]! + 1 };
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! > o) hi = mid;
      else lo = mid + 1;
    }
    last = lo;
    return { line: lo, column: o - starts[lo - 1]! + 1 };
  };
}

/** Where an instruction's arguments end: dockerfile-ast's Parser.processArguments without heredocs. */
function argumentsEnd(text: string, offset: number, escape: string): number {
  const n = text.length;
  // Outside a line continuation only line breaks and escapes matter; inside one, the next non-blank.
  const special = escape === '`' ? BREAK_OR_BACKTICK : BREAK_OR_BACKSLASH;
  let escaped = false;
  let i = offset + 1;
  while (i < n) {
    const scan = escaped ? NON_BLANK : special;
    scan.lastIndex = i;
    if (!scan.test(text)) return n;
    i = scan.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!escaped) return i;
      i++;
    } else if (text[i] === escape) {
      // An escape before the line break (or blanks and then the line break) continues the line;
      // after blanks, the character it stops at is passed over, as dockerfile-ast does.
      const next = text.charCodeAt(i + 1);
      if (next === 10) {
        escaped = true;
        i += 2;
      } else if (next === 32 || next === 9) {
        NON_BLANK.lastIndex = i + 2;
        if (!NON_BLANK.test(text)) return n;
        const j = NON_BLANK.lastIndex - 1;
        if (text.charCodeAt(j) === 10) escaped = true;
        i = j + 1;
      } else i++;
    } else if (c === 35 /* # */) {
      // Only reached inside a continuation: a comment line, skipped with its line break.
      const nl = text.indexOf('\n', i + 1);
      if (nl === -1) return n;
      i = nl + 1;
    } else {
      escaped = false;
      i++;
    }
  }
  return n;
}

const BREAK_OR_BACKSLASH = /[\n\\]/g;
const BREAK_OR_BACKTICK = /[\n`]/g;
const NON_BLANK = /[^ \t]/g;

// A word's end: a blank, a line break or the escape character. A regular expression runs as
// machine code from its first use, where a loop over the characters runs in V8's interpreter
// until it is hot: most of a lint is before that (bench/corpus-speed.mjs).
const WORD_END_BACKSLASH = /[ \t\n\r\\]/g;
const WORD_END_BACKTICK = /[ \t\n\r`]/g;

/** dockerfile-ast's Instruction.getRawArguments, on offsets. */
function tokens(text: string, from: number, to: number, at: At, escape: string): FastArg[] {
  const args: FastArg[] = [];
  const full = text.slice(from, to);
  const push = (value: string, a: number, b: number) => args.push({ value, span: { start: at(from + a), end: at(from + b) } });
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  // The argument so far: full.slice(segStart, segEnd) while its characters are contiguous in the
  // text (most arguments), else `joined`. dockerfile-ast builds it a character at a time, which
  // was a third of a lint's allocations.
  let segStart = -1;
  let segEnd = -1;
  let joined: string | null = null;
  const wordEnd = escape === '`' ? WORD_END_BACKTICK : WORD_END_BACKSLASH;
  const append = (a: number, b: number) => {
    if (joined === null) {
      if (segStart === -1) {
        segStart = a;
        segEnd = b;
        return;
      }
      if (a === segEnd) {
        segEnd = b;
        return;
      }
      joined = full.slice(segStart, segEnd);
    }
    joined += full.slice(a, b);
  };
  const value = () => (joined !== null ? joined : segStart === -1 ? '' : full.slice(segStart, segEnd));
  const reset = () => {
    segStart = -1;
    joined = null;
  };
  for (let i = 0; i < full.length; i++) {
    const char = full.charAt(i);
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === '\n' || char === '\r') {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(value(), found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        reset();
        found = -1;
      }
    } else if (char === escape) {
      const next = full.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        whitespaceCheck: for (let j = i + 2; j < full.length; j++) {
          switch (full.charAt(j)) {
            case ' ':
            case '\t':
              continue;
            case '\r':
            case '\n':
              if (full.charAt(j) === '\r') j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === '\r') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === '\n') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(value(), found, escapeMarker);
          reset();
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '$') append(i, i + 2);
        else if (next === '') break;
        else append(i + 1, i + 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(value(), found, escapeMarker);
          reset();
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        // The characters after this one up to a blank or an escape take this same branch with
        // nothing left to change but the argument: take them at once (long RUN scripts are most
        // of a real file's text).
        wordEnd.lastIndex = i + 1;
        const j = wordEnd.test(full) ? wordEnd.lastIndex - 1 : full.length;
        append(i, j);
        if (found === -1) found = i;
        i = j - 1;
      }
      start = false;
    }
  }
  if (found !== -1) push(value(), found, escapeMarker === -1 ? full.length : escapeMarker);
  return args;
}

/** dockerfile-ast's ModifiableInstruction.getFlags, on offsets. */
function flagsOf(text: string, keyword: string, args: FastArg[], at: At, starts: number[]): FastFlag[] {
  const flags: FastFlag[] = [];
  if (NO_FLAGS.has(keyword)) return flags;
  const offsetOf = (p: Pos) => starts[p.line - 1]! + p.column - 1;
  for (const arg of args) {
    const value = arg.value;
    const stop = keyword === 'HEALTHCHECK' ? value.toUpperCase() === 'CMD' || value.toUpperCase() === 'NONE' : !value.includes('--');
    if (stop) return flags;
    if (!value.startsWith('--')) continue;
    const span = arg.span;
    const startOffset = offsetOf(span.start);
    const rawValue = text.slice(startOffset, offsetOf(span.end));
    const nameIndex = value.indexOf('=');
    const index = rawValue.indexOf('=');
    if (index === -1) {
      flags.push({ name: value.substring(2), value: null, span, valueSpan: null });
    } else if (index === value.length - 1) {
      flags.push({ name: value.substring(2, index), value: '', span, valueSpan: { start: span.end, end: span.end } });
    } else {
      flags.push({
        name: value.substring(2, nameIndex),
        value: value.substring(nameIndex + 1),
        span,
        valueSpan: { start: at(startOffset + index + 1), end: span.end },
      });
    }
  }
  return flags;
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** A heredoc opener whose name dockerfile-ast's getNameRange and getName read as written: plain, or in matching quotes. */
const PLAIN_HEREDOC = /^<<-?(?:"[\w.]+"|'[\w.]+'|[\w.]+)$/;
const NOT_A_HEREDOC = { notAHeredoc: true } as const;

/**
 * A RUN, COPY or ADD whose first line holds `<<`: the instruction with its heredocs, as
 * dockerfile-ast's Parser.processHeredocs bounds it and parse.ts's convert() reads its
 * getHeredocs(). NOT_A_HEREDOC when no argument opens one; null (the slow path) for anything
 * outside plain names on a first line without escapes, or where dockerfile-ast would throw.
 */
function heredocInstruction(
  text: string,
  keyword: string,
  start: number,
  keywordEnd: number,
  end: number,
  at: At,
  starts: number[],
  escape: string,
): { instruction: FastInstruction; end: number } | typeof NOT_A_HEREDOC | null {
  if (text.slice(keywordEnd, end).includes('[')) return null;
  const firstRaw = tokens(text, keywordEnd, end, at, escape);
  const firstFlags = flagsOf(text, keyword, firstRaw, at, starts);
  // Flags may run over escaped line breaks (`RUN --mount=… \` then `<<EOT`); from the first other
  // argument to the line's end, an escape changes what getArgumentsContent() and getHeredocs() read.
  const opener = firstRaw[firstFlags.length];
  if (!opener || text.slice(starts[opener.span.start.line - 1]! + opener.span.start.column - 1, end).includes(escape)) return null;
  const names: string[] = [];
  let tabbed = false;
  for (let k = firstFlags.length; k < firstRaw.length; k++) {
    const value = firstRaw[k]!.value;
    if (!value.startsWith('<<')) continue;
    if (!PLAIN_HEREDOC.test(value)) return null;
    if (value.startsWith('<<-')) tabbed = true;
    names.push(heredocName(value));
  }
  if (names.length === 0) return NOT_A_HEREDOC;
  // On the last line with no line break, dockerfile-ast looks for no body.
  if (end >= text.length) return null;
  // An escape opening the body joins the first line to what follows in getArgumentsContent().
  let bodyStart = end;
  while (text.charCodeAt(bodyStart) === 10) bodyStart++;
  if (text[bodyStart] === escape) return null;
  let to = end;
  for (const name of names) to = heredocEnd(text, name, to, tabbed);
  const raw = tokens(text, keywordEnd, to, at, escape);
  const flags = flagsOf(text, keyword, raw, at, starts);
  const args = raw.slice(flags.length);
  const span = { start: at(start), end: at(to) };
  const heredocs = args.length > 0 ? heredocsOf(text, args, to, at, starts, escape) : null;
  if (heredocs === null) return null;
  const offsetOf = (p: Pos) => starts[p.line - 1]! + p.column - 1;
  const firstLineNumber = span.start.line;
  const inside = (line: number) => heredocs.some((h) => line > h.startLine && line <= h.endLine);
  // 1-based lines, as at() gives them.
  const bodyOf = (from: number, through: number) =>
    from > through || from > starts.length
      ? ''
      : text.slice(starts[from - 1], through < starts.length ? starts[through]! - 1 : text.length);
  return {
    instruction: {
      keyword,
      span,
      keywordSpan: { start: span.start, end: at(keywordEnd) },
      // Heredoc bodies come back from the tokeniser as arguments; convert() drops them.
      args: args.filter((a) => a.span.start.line === firstLineNumber || !inside(a.span.start.line)),
      flags,
      heredocs: heredocs.map((h) => ({ name: h.name, body: h.content ? bodyOf(h.content[0], h.content[1]) : '' })),
      head: text.slice(offsetOf(args[0]!.span.start), end),
    },
    end: to,
  };
}

function heredocName(value: string): string {
  const name = value.slice(value.startsWith('<<-') ? 3 : 2);
  return name.startsWith('"') || name.startsWith("'") ? name.slice(1, -1) : name;
}

/** dockerfile-ast's Parser.parseHeredoc: the line break after the delimiter line, or the text's end. */
function heredocEnd(text: string, name: string, offset: number, tabbed: boolean): number {
  let startWord = -1;
  let lineStart = true;
  for (let i = offset; i < text.length; i++) {
    const c = text[i];
    if (c === ' ') lineStart = false;
    else if (c === '\t') {
      if (!tabbed) lineStart = false;
    } else if (c === '\n') {
      if (startWord !== -1 && text.slice(startWord, i) === name) return i;
      startWord = -1;
      lineStart = true;
    } else if (lineStart) {
      startWord = i;
      lineStart = false;
    }
  }
  return text.length;
}

interface HeredocLines {
  name: string;
  /** The line of the `<<` argument. */
  startLine: number;
  /** The last line convert() counts as the heredoc's (its delimiter's or content's), or the text's end. */
  endLine: number;
  /** First and last line of the body, or null. */
  content: [number, number] | null;
}

/**
 * dockerfile-ast's Instruction.getHeredocs (for an instruction on more than one line, no CR), on
 * offsets, down to the lines convert() reads. Null where dockerfile-ast would throw (a delimiter
 * line past its last heredoc).
 */
function heredocsOf(
  text: string,
  args: FastArg[],
  instructionEnd: number,
  at: At,
  starts: number[],
  escape: string,
): HeredocLines[] | null {
  const offsetOf = (p: Pos) => starts[p.line - 1]! + p.column - 1;
  const startOffset = offsetOf(args[0]!.span.start);
  const content = text.slice(startOffset, instructionEnd);
  const definitions: FastArg[] = [];
  const heredocs: HeredocLines[] = [];
  let processed = false;
  let escaping = false;
  let contentStart = -1;
  let contentEnd = -1;
  let lineStart = -1;
  let current = 0;
  const isDelimiter = (arg: FastArg, name: string, from: number, to: number): boolean => {
    if (lineStart === -1) return false; // the candidate would span the line break before it
    let candidate = text.slice(from, to);
    if (arg.value.startsWith('<<-')) {
      let tabs = 0;
      while (candidate.charCodeAt(tabs) === 9) tabs++;
      candidate = candidate.slice(tabs);
    }
    return candidate === name;
  };
  contentLoop: for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === escape) {
      escaping = true;
      for (let j = i + 1; j < content.length; j++) {
        const cj = content[j];
        if (cj === ' ' || cj === '\t') continue;
        i = j;
        continue contentLoop;
      }
      continue;
    }
    if (ch === '\n') {
      if (escaping) continue;
      if (processed) {
        if (contentStart === -1) contentStart = i;
        contentEnd = i;
        const arg = definitions[current];
        if (!arg) return null;
        const name = heredocName(arg.value);
        if (isDelimiter(arg, name, startOffset + lineStart, startOffset + i)) {
          heredocs.push({
            name,
            startLine: arg.span.start.line,
            endLine: at(startOffset + i).line,
            content: [at(startOffset + contentStart).line, at(startOffset + lineStart - 1).line],
          });
          contentStart = -1;
          current++;
        }
        lineStart = -1;
      } else {
        // The first line break that is not escaped: the heredocs are the arguments before it that open one.
        const limit = startOffset + i;
        for (const arg of args) {
          if (offsetOf(arg.span.start) >= limit) break;
          if (arg.value.startsWith('<<')) definitions.push(arg);
        }
        processed = true;
        lineStart = -1;
      }
      continue;
    }
    if ((ch === ' ' || ch === '\t') && escaping) continue;
    if (ch === '#' && escaping) {
      const nl = content.indexOf('\n', i + 1);
      if (nl !== -1) {
        i = nl;
        continue;
      }
    }
    escaping = false;
    if (processed) {
      if (contentStart === -1) contentStart = i;
      if (lineStart === -1) lineStart = i;
    }
  }
  if (!processed) return null;
  const arg = definitions[current];
  if (!arg) return null;
  const name = heredocName(arg.value);
  const endLine = at(instructionEnd).line;
  let body: [number, number] | null = null;
  if (!isDelimiter(arg, name, startOffset + lineStart, instructionEnd)) body = [at(startOffset + contentStart).line, endLine];
  else if (contentEnd !== -1) body = [at(startOffset + contentStart).line, at(startOffset + contentEnd).line];
  heredocs.push({ name, startLine: arg.span.start.line, endLine, content: body });
  for (current++; current < definitions.length; current++) {
    heredocs.push({
      name: heredocName(definitions[current]!.value),
      startLine: definitions[current]!.span.start.line,
      endLine: Number.MAX_SAFE_INTEGER,
      content: null,
    });
  }
  return heredocs;
}
