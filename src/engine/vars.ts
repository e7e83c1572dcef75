// Variable expansion as the Dockerfile frontend does it for ARG defaults and FROM lines.

export interface Expansion {
  value: string;
  /** Some variable had no value. */
  unresolved: boolean;
  /** The value grew past MAX_EXPANSION and was cut there. */
  truncated?: boolean;
}

/**
 * The longest value expansion builds. Real values are a few hundred characters; `ARG A2=${A1}${A1}`
 * chains double at each line and reach gigabytes in forty lines, so expansion stops here and
 * says so (`truncated`) instead of exhausting memory.
 */
export const MAX_EXPANSION = 64 * 1024;

interface Frame {
  name: string;
  op: ':-' | '-' | ':+' | '+';
  /** The output before this `${`: the word is built apart and joins it at the `}`. */
  before: string;
  /** A variable in the word had no value (counts only if the word is used). */
  unresolvedWord: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/**
 * `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}` (words
 * nest). One pass with its own stack: no regex backtracking and no recursion, so time is linear
 * in the text and nesting depth costs no call stack. An unclosed `${` stays as written.
 */
export function expand(text: string, vars: ReadonlyMap<string, string | null>): Expansion {
  // Most values hold no variable.
  if (!text.includes('$')) return { value: text, unresolved: false };
  const stack: Frame[] = [];
  let out = '';
  let unresolved = false;
  // Characters produced so far (text copied, values substituted): every string alive is made of
  // them, so capping this caps memory whatever the nesting.
  let produced = 0;
  let truncated = false;
  const produce = (piece: string) => {
    if (truncated) return;
    if (produced + piece.length > MAX_EXPANSION) {
      piece = piece.slice(0, MAX_EXPANSION - produced);
      truncated = true;
    }
    produced += piece.length;
    out += piece;
  };
  const missing = () => {
    if (stack.length > 0) stack[stack.length - 1]!.unresolvedWord = true;
    else unresolved = true;
  };
  let i = 0;
  while (i < text.length && !truncated) {
    const ch = text[i]!;
    if (ch === '}' && stack.length > 0) {
      const frame = stack.pop()!;
      const word = out;
      out = frame.before;
      const current = vars.get(frame.name);
      const set = current !== undefined && current !== null;
      const useWord =
        frame.op === ':-' || frame.op === '-'
          ? !(set && (frame.op === '-' || current !== ''))
          : set && (frame.op === '+' || current !== '');
      if (useWord) {
        out += dequote(word); // already counted when produced; quotes go, as the shell removes them
        if (frame.unresolvedWord) missing();
      } else if (frame.op === ':-' || frame.op === '-') {
        produce(current!);
      }
      i++;
      continue;
    }
    if (ch !== '$') {
      // The run of plain characters up to the next `$` (or `}` inside a word) at once.
      let j = i + 1;
      while (j < text.length && text[j] !== '$' && (stack.length === 0 || text[j] !== '}')) j++;
      produce(text.slice(i, j));
      i = j;
      continue;
    }
    const braced = text[i + 1] === '{';
    let j = braced ? i + 2 : i + 1;
    if (j >= text.length || !NAME_START.test(text[j]!)) {
      produce('$');
      i++;
      continue;
    }
    const nameStart = j;
    while (j < text.length && NAME_PART.test(text[j]!)) j++;
    const name = text.slice(nameStart, j);
    if (!braced || text[j] === '}') {
      const current = vars.get(name);
      if (current === undefined || current === null) missing();
      else produce(current);
      i = braced ? j + 1 : j;
      continue;
    }
    const op = text.startsWith(':-', j) ? ':-' : text.startsWith(':+', j) ? ':+' : text[j] === '-' ? '-' : text[j] === '+' ? '+' : null;
    if (op === null) {
      // `${NAME?…}` and the like: not expanded here; keep the `$` and read on.
      produce('$');
      i++;
      continue;
    }
    stack.push({ name, op, before: out, unresolvedWord: false });
    out = '';
    i = j + op.length;
  }
  // Unclosed `${NAME:-…` (or cut short): kept as written, its word as far as it expanded.
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const word = out;
    out = frame.before;
    if (!truncated) produce(`\${${frame.name}${frame.op}`);
    out += word;
    if (frame.unresolvedWord) missing();
  }
  return truncated ? { value: out, unresolved, truncated } : { value: out, unresolved };
}

/** Quotes inside `${V:-"x"}` go, as the shell removes them. */
function dequote(word: string): string {
  return word.includes('"') || word.includes("'") ? word.replace(/["']/g, '') : word;
}

export function hasVariable(text: string): boolean {
  return text.includes('$') && /\$(\{[A-Za-z_]|[A-Za-z_])/.test(text);
}

/** `NAME=value` or `NAME` words of ARG/ENV, quotes removed. Legacy `ENV NAME value` too. */
export function assignments(keyword: 'ARG' | 'ENV', words: string[]): [string, string | null][] {
  if (keyword === 'ENV' && words.length >= 2 && !words[0]!.includes('=')) {
    return [[words[0]!, unquote(words.slice(1).join(' '))]];
  }
  return joinQuoted(words).map((w) => {
    const eq = w.indexOf('=');
    return eq === -1 ? [w, null] : [w.slice(0, eq), unquote(w.slice(eq + 1))];
  });
}

/**
 * The parser splits arguments at blanks, quotes or not: `ARG PKGS="a b"` arrives as `PKGS="a`
 * and `b"`. Join the words of a quoted value again (one blank between them).
 */
function joinQuoted(words: string[]): string[] {
  if (!words.some((w) => w.includes('"') || w.includes("'"))) return words;
  const out: string[] = [];
  let open: { text: string; quote: string } | null = null;
  for (const word of words) {
    if (open) {
      open.text += ` ${word}`;
      if (quoteCount(word, open.quote) % 2 === 1) {
        out.push(open.text);
        open = null;
      }
      continue;
    }
    const eq = word.indexOf('=');
    const quote = eq >= 0 ? word[eq + 1] : undefined;
    if ((quote === '"' || quote === "'") && quoteCount(word.slice(eq + 1), quote) % 2 === 1) open = { text: word, quote };
    else out.push(word);
  }
  if (open) out.push(open.text);
  return out;
}

/** Unescaped `quote` characters in `text`. */
function quoteCount(text: string, quote: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === quote && text[i - 1] !== '\\') n++;
  return n;
}

export function unquote(text: string): string {
  if (text.length >= 2 && ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")))) {
    return text.slice(1, -1);
  }
  return text;
}

/**
 * The options of a `RUN --mount=` value (`type=cache,target=/root/.cache`): keys lower-cased, a
 * key written again wins, a value quoted whole unquoted. The one reading of a mount's options.
 */
export function mountOptions(value: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    if (key) options.set(key, at === -1 ? '' : unquote(part.slice(at + 1).trim()));
  }
  return options;
}

/** `/app`, and on Windows images `C:\app` or `C:/app`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}
