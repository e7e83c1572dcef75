// A fast path for parseDockerfile: the same instruction boundaries, arguments and flags that
// dockerfile-ast gives, scanned once over the text with plain offsets, for the files most real
// Dockerfiles are: no heredoc, no CR, no BOM, the default escape character. Anything else (or
// any doubt) returns null and dockerfile-ast parses the file. dockerfile-ast builds a text
// document, Range objects and a class per instruction, and tokenises each instruction several
// times: on real files that was most of a lint's time (bench/corpus-speed.mjs).
// test/engine-parse-fast.test.ts proves both paths give equal results.

/** What parse.ts's convert() reads of a dockerfile-ast instruction, as plain data. */
export interface FastRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface FastArg {
  value: string;
  range: FastRange;
}
export interface FastFlag {
  name: string;
  value: string | null;
  range: FastRange;
  valueRange: FastRange | null;
}
export interface FastInstruction {
  keyword: string;
  range: FastRange;
  keywordRange: FastRange;
  args: FastArg[];
  flags: FastFlag[] | null;
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
  if (text.includes('<<') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return null;
  const escape = text.charCodeAt(0) === 35 || text.charCodeAt(0) === 32 || text.charCodeAt(0) === 9 ? escapeOf(text) : '\\';
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
    const raw = tokens(text, keywordEnd, end, at, escape);
    const flags =
      STOP_WITHOUT_DASHES.has(keyword) || keyword === 'HEALTHCHECK' || NO_FLAGS.has(keyword)
        ? flagsOf(text, keyword, raw, at, starts)
        : null;
    result.push({
      keyword,
      range: { start: at(start), end: at(end) },
      keywordRange: { start: at(start), end: at(keywordEnd) },
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
function escapeOf(text: string): string {
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
        i = valueEnd;
        continue directives;
      } else if (nameStart === -1) nameStart = j;
    }
    // The last line ended without '=' or a newline: dockerfile-ast scans on from the next character.
  }
  return '\\';
}

type At = (offset: number) => { line: number; character: number };

/** Offset to 0-based line and character, as a text document's positionAt does. */
function positions(text: string, starts: number[]): At {
  return (offset) => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! > o) hi = mid;
      else lo = mid + 1;
    }
    const line = lo - 1;
    return { line, character: o - starts[line]! };
  };
}

/** Where an instruction's arguments end: dockerfile-ast's Parser.processArguments without heredocs. */
function argumentsEnd(text: string, offset: number, escape: string): number {
  const n = text.length;
  let escaped = false;
  for (let i = offset + 1; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      if (escaped) continue;
      return i;
    }
    if (c === escape) {
      const next = text[i + 1];
      if (next === '\n') {
        escaped = true;
        i++;
      } else if (next === ' ' || next === '\t') {
        let j = i + 2;
        for (; j < n; j++) {
          const cj = text[j];
          if (cj === ' ' || cj === '\t') continue;
          if (cj === '\n') escaped = true;
          break;
        }
        if (j >= n) return n;
        i = j;
      }
      continue;
    }
    if (c === '#') {
      if (escaped) {
        const nl = text.indexOf('\n', i + 1);
        i = nl === -1 ? n : nl;
      }
      continue;
    }
    if (c !== ' ' && c !== '\t') escaped = false;
  }
  return n;
}

/** dockerfile-ast's Instruction.getRawArguments, on offsets. */
function tokens(text: string, from: number, to: number, at: At, escape: string): FastArg[] {
  const args: FastArg[] = [];
  const full = text.slice(from, to);
  const push = (value: string, a: number, b: number) => args.push({ value, range: { start: at(from + a), end: at(from + b) } });
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let escapedArg = '';
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
        push(escapedArg, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        escapedArg = '';
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
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '$') escapedArg = escapedArg + char + next;
        else if (next === '') break;
        else escapedArg = escapedArg + next;
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        escapedArg = escapedArg + char;
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(escapedArg, found, escapeMarker === -1 ? full.length : escapeMarker);
  return args;
}

/** dockerfile-ast's ModifiableInstruction.getFlags, on offsets. */
function flagsOf(text: string, keyword: string, args: FastArg[], at: At, starts: number[]): FastFlag[] {
  const flags: FastFlag[] = [];
  if (NO_FLAGS.has(keyword)) return flags;
  const offsetOf = (p: { line: number; character: number }) => starts[p.line]! + p.character;
  for (const arg of args) {
    const value = arg.value;
    const stop = keyword === 'HEALTHCHECK' ? value.toUpperCase() === 'CMD' || value.toUpperCase() === 'NONE' : !value.includes('--');
    if (stop) return flags;
    if (!value.startsWith('--')) continue;
    const range = arg.range;
    const startOffset = offsetOf(range.start);
    const rawValue = text.slice(startOffset, offsetOf(range.end));
    const nameIndex = value.indexOf('=');
    const index = rawValue.indexOf('=');
    if (index === -1) {
      flags.push({ name: value.substring(2), value: null, range, valueRange: null });
    } else if (index === value.length - 1) {
      flags.push({ name: value.substring(2, index), value: '', range, valueRange: { start: range.end, end: range.end } });
    } else {
      flags.push({
        name: value.substring(2, nameIndex),
        value: value.substring(nameIndex + 1),
        range,
        valueRange: { start: at(startOffset + index + 1), end: range.end },
      });
    }
  }
  return flags;
}
