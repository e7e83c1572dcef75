// Variable expansion as the Dockerfile frontend does it for ARG defaults and FROM lines.

export interface Expansion {
  value: string;
  /** Some variable had no value. */
  unresolved: boolean;
}

const PATTERN = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function expand(text: string, vars: ReadonlyMap<string, string | null>): Expansion {
  // Most values hold no variable: skip the replace and its callback.
  if (!text.includes('$')) return { value: text, unresolved: false };
  let unresolved = false;
  const value = text.replace(PATTERN, (_all, braced: string | undefined, op: string | undefined, word: string | undefined, plain: string | undefined) => {
    const name = (braced ?? plain)!;
    const current = vars.get(name);
    const set = current !== undefined && current !== null;
    if (op === ':-' || op === '-') {
      if (set && (op === '-' || current !== '')) return current!;
      return expand(dequote(word ?? ''), vars).value;
    }
    if (op === ':+' || op === '+') return set && (op === '+' || current !== '') ? expand(dequote(word ?? ''), vars).value : '';
    if (!set) {
      unresolved = true;
      return '';
    }
    return current!;
  });
  return { value, unresolved };
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
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq === -1 ? [w, null] : [w.slice(0, eq), unquote(w.slice(eq + 1))];
  });
}

export function unquote(text: string): string {
  if (text.length >= 2 && ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")))) {
    return text.slice(1, -1);
  }
  return text;
}

/** `/app`, and on Windows images `C:\app` or `C:/app`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}
