// Splits a RUN script into simple commands the way a POSIX shell separates them, so that
// `apk add make` is an install of a package called make and not a run of make.

export interface SimpleCommand {
  /** `VAR=value` prefixes. */
  env: Record<string, string>;
  argv: string[];
}

const OPERATORS = ['&&', '||', ';;', ';', '|', '&', '\n', '(', ')'];
const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!', '{', 'time']);
const CLOSERS = new Set(['fi', 'done', 'esac', '}']);
const WRAPPERS = new Set(['sudo', 'exec', 'nice', 'nohup', 'command', 'time', 'stdbuf', 'doas', 'su-exec', 'gosu']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

type Token = { op: string } | { word: string };

/** Tokenises shell text into words and control operators. Never throws; bounded by the input length. */
export function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push({ word });
    word = '';
    inWord = false;
  };
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i]!;
    if (c === '\\') {
      if (script[i + 1] === '\n') {
        i += 2;
        continue;
      }
      word += script[i + 1] ?? '';
      inWord = true;
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? n : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && script[i] !== '"') {
        if (script[i] === '\\' && i + 1 < n) {
          word += script[i + 1];
          i += 2;
        } else {
          word += script[i];
          i++;
        }
      }
      inWord = true;
      i++;
      continue;
    }
    if (c === '$' && script[i + 1] === '(') {
      // Command substitution stays inside the word: its commands are not the RUN's commands.
      let depth = 0;
      const start = i;
      while (i < n) {
        if (script[i] === '(') depth++;
        else if (script[i] === ')' && --depth === 0) break;
        i++;
      }
      word += script.slice(start, i + 1);
      inWord = true;
      i++;
      continue;
    }
    if (c === '#' && !inWord) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      flush();
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => script.startsWith(o, i));
    if (op) {
      flush();
      tokens.push({ op });
      i += op.length;
      continue;
    }
    if ((c === '>' || c === '<') && (!inWord || /^\d+$/.test(word))) {
      // Redirections (`> f`, `2>&1`): skip the operator and its target word.
      word = '';
      inWord = false;
      i++;
      while (i < n && (script[i] === '>' || script[i] === '&' || script[i] === '<')) i++;
      while (i < n && (script[i] === ' ' || script[i] === '\t')) i++;
      while (i < n && !/[\s;&|()]/.test(script[i]!)) i++;
      continue;
    }
    word += c;
    inWord = true;
    i++;
  }
  flush();
  return tokens;
}

/** The simple commands of a script, in order, with `sh -c '…'` bodies expanded. */
export function splitCommands(script: string, depth = 0): SimpleCommand[] {
  const result: SimpleCommand[] = [];
  let words: string[] = [];
  const end = () => {
    if (words.length > 0) result.push(...toCommands(words, depth));
    words = [];
  };
  for (const token of tokenize(script)) {
    if ('op' in token) end();
    else words.push(token.word);
  }
  end();
  return result;
}

function toCommands(words: string[], depth: number): SimpleCommand[] {
  let i = 0;
  while (i < words.length && (KEYWORDS.has(words[i]!) || CLOSERS.has(words[i]!))) i++;
  if (words[i] === 'for' || words[i] === 'case' || words[i] === 'select') return [];
  const env: Record<string, string> = {};
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (ASSIGNMENT.test(w)) {
      const eq = w.indexOf('=');
      env[w.slice(0, eq)] = w.slice(eq + 1);
      continue;
    }
    const base = basename(w);
    if (WRAPPERS.has(base)) {
      while (words[i + 1]?.startsWith('-')) i++;
      continue;
    }
    if (base === 'env') {
      while (words[i + 1] && (words[i + 1]!.startsWith('-') || ASSIGNMENT.test(words[i + 1]!))) {
        const next = words[++i]!;
        if (ASSIGNMENT.test(next)) {
          const eq = next.indexOf('=');
          env[next.slice(0, eq)] = next.slice(eq + 1);
        }
      }
      continue;
    }
    break;
  }
  const argv = words.slice(i);
  if (argv.length === 0) return [];
  const program = basename(argv[0]!);
  if ((program === 'sh' || program === 'bash' || program === 'ash' || program === 'dash') && depth < 3) {
    const c = argv.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    if (c !== -1 && argv[c + 1] !== undefined) {
      return splitCommands(argv[c + 1]!, depth + 1).map((cmd) => ({ env: { ...env, ...cmd.env }, argv: cmd.argv }));
    }
  }
  return [{ env, argv }];
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}
