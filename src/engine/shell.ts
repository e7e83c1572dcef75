// Splits a RUN script into simple commands the way a POSIX shell separates them, so that
// `apk add make` is an install of a package called make and not a run of make.

export interface SimpleCommand {
  /** `VAR=value` prefixes. */
  env: Record<string, string>;
  argv: string[];
  /** Its failure cannot fail the RUN: `|| true` follows it, a pipe, or a later command whose status wins. */
  masked?: boolean;
  /** Why, to finish "… ignores a failing test: …". */
  maskedBy?: string;
}

/** How the shell runs the script: `set -e` (errexit) and `set -o pipefail`, from SHELL's flags or the script's own `set`. */
export interface ShellOptions {
  errexit?: boolean;
  pipefail?: boolean;
}

const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!', '{', 'time']);
const CLOSERS = new Set(['fi', 'done', 'esac', '}']);
const WRAPPERS = new Set(['sudo', 'exec', 'nice', 'nohup', 'command', 'time', 'stdbuf', 'doas', 'su-exec', 'gosu']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

type Token = { op: string } | { word: string };

// Runs of ordinary characters, quoted strings and substitutions are found by regular expressions,
// not a character at a time: lint mostly runs this before the JIT has compiled it.
const PLAIN = /[^ \t\r\n\\'"$#;&|()<>]+/y;
const QUOTED_STOP = /["\\]/g;
const PAREN = /[()]/g;
const REDIRECT_TARGET = /[^\s;&|()]*/y;
const DIGITS = /^\d+$/;

/** Tokenises shell text into words and control operators. Never throws; bounded by the input length. */
export function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const n = script.length;
  while (i < n) {
    PLAIN.lastIndex = i;
    if (PLAIN.test(script)) {
      word += script.slice(i, PLAIN.lastIndex);
      inWord = true;
      i = PLAIN.lastIndex;
      continue;
    }
    const c = script[i]!;
    switch (c) {
      case ' ':
      case '\t':
      case '\r':
        if (inWord) tokens.push({ word });
        word = '';
        inWord = false;
        i++;
        break;
      case '\\':
        if (script[i + 1] !== '\n') {
          word += script[i + 1] ?? '';
          inWord = true;
        }
        i += 2;
        break;
      case "'": {
        const end = script.indexOf("'", i + 1);
        const stop = end === -1 ? n : end;
        word += script.slice(i + 1, stop);
        inWord = true;
        i = stop + 1;
        break;
      }
      case '"': {
        // Backslash escapes taken; an unclosed string runs to the end.
        let start = i + 1;
        for (;;) {
          QUOTED_STOP.lastIndex = start;
          const stop = QUOTED_STOP.exec(script);
          const at = stop ? stop.index : n;
          if (!stop || script[at] === '"' || at + 1 >= n) {
            word += script.slice(start, stop && script[at] === '"' ? at : n);
            i = stop && script[at] === '"' ? at + 1 : n;
            break;
          }
          word += script.slice(start, at) + script[at + 1];
          start = at + 2;
        }
        inWord = true;
        break;
      }
      case '$':
        if (script[i + 1] === '(') {
          // Command substitution stays inside the word: its commands are not the RUN's commands.
          const end = closingParen(script, i);
          word += script.slice(i, end + 1);
          i = end + 1;
        } else {
          word += c;
          i++;
        }
        inWord = true;
        break;
      case '#':
        if (inWord) {
          word += c;
          i++;
        } else {
          const end = script.indexOf('\n', i);
          i = end === -1 ? n : end;
        }
        break;
      case '>':
      case '<':
        if (inWord && !DIGITS.test(word)) {
          word += c;
          i++;
          break;
        }
        // Redirections (`> f`, `2>&1`): skip the operator and its target word.
        word = '';
        inWord = false;
        i++;
        while (i < n && (script[i] === '>' || script[i] === '&' || script[i] === '<')) i++;
        while (i < n && (script[i] === ' ' || script[i] === '\t')) i++;
        REDIRECT_TARGET.lastIndex = i;
        REDIRECT_TARGET.test(script);
        i = REDIRECT_TARGET.lastIndex;
        break;
      default: {
        // ; & | ( ) and newline: control operators, some of them two characters long.
        const pair = script.slice(i, i + 2);
        const op = pair === '&&' || pair === '||' || pair === ';;' ? pair : c;
        if (inWord) tokens.push({ word });
        word = '';
        inWord = false;
        tokens.push({ op });
        i += op.length;
      }
    }
  }
  if (inWord) tokens.push({ word });
  return tokens;
}

/** The index of the parenthesis closing the `$(` at `open`, or the script's length. */
function closingParen(script: string, open: number): number {
  let depth = 0;
  PAREN.lastIndex = open;
  for (let match = PAREN.exec(script); match; match = PAREN.exec(script)) {
    if (match[0] === '(') depth++;
    else if (--depth === 0) return match.index;
  }
  return script.length;
}

/** The simple commands of a script, in order, with `sh -c '…'` bodies expanded. */
export function splitCommands(script: string, depth = 0, options: ShellOptions = {}): SimpleCommand[] {
  const result: SimpleCommand[] = [];
  const units: Unit[] = [];
  let words: string[] = [];
  let last: SimpleCommand | null = null;
  let afterOr = false;
  let level = 0;
  let errexit = options.errexit === true;
  let pipefail = options.pipefail === true;
  const end = (op: string | null) => {
    if (words.length > 0) {
      const opens = OPENERS.has(words[0]!);
      const group = toCommands(words, depth);
      // `pytest || echo failed && exit 1` still fails: the && after the message takes it back.
      // A brace group (`|| { echo failed; exit 1; }`) may still fail: only a plain command is judged.
      if (afterOr && last !== null && words[0] !== '{' && group.length > 0 && ignoresFailure(group[0]!.argv) && op !== '&&') {
        last.masked = true;
        last.maskedBy = `drop the \`${['||', ...group[0]!.argv].join(' ')}\` after it`;
      }
      if (words[0] === 'set') [errexit, pipefail] = setOptions(words, errexit, pipefail);
      units.push({ commands: group, op, level: opens || CLOSERS.has(words[0]!) ? -1 : level, errexit, pipefail, words });
      // Only the leading reserved words open or close a compound command (`then if x`, `done`), not arguments.
      for (const w of words) {
        if (OPENERS.has(w)) level++;
        else if (CLOSERS.has(w)) level = Math.max(0, level - 1);
        else if (!KEYWORDS.has(w)) break;
      }
      result.push(...group);
      if (group.length > 0) last = group[group.length - 1]!;
    } else if (op !== null && units.length > 0 && units[units.length - 1]!.op === null) {
      units[units.length - 1]!.op = op;
    }
    if (op === '(') level++;
    else if (op === ')') level = Math.max(0, level - 1);
    words = [];
    afterOr = op === '||';
  };
  for (const token of tokenize(script)) {
    if ('op' in token) end(token.op);
    else words.push(token.word);
  }
  end(null);
  maskByStatus(units);
  return result;
}

/** A simple command (or a group of them) as the script lists it, with the operator after it. */
interface Unit {
  commands: SimpleCommand[];
  op: string | null;
  /** How deep inside if/while/for/case/braces/subshells it sits; -1 for a line that opens or closes one. */
  level: number;
  errexit: boolean;
  pipefail: boolean;
  words: string[];
}

const OPENERS = new Set(['if', 'while', 'until', 'for', 'case', 'select', '{']);
const SEPARATORS = new Set([';', '\n', null]);

/**
 * A command at the top level of the script whose failure the shell then forgets: piped into
 * another (without pipefail), or followed by a later command whose status becomes the RUN's
 * (`pytest; echo done`, `pytest | tee log`, a heredoc's lines without `set -e`). With `set -e` a
 * command that ends its `&&` list stops the script; one inside the list (`pytest && x; y`) does not.
 * Anything inside a compound command is left as it was: its status depends on the rest.
 */
function maskByStatus(units: Unit[]): void {
  const laterUses = (k: number) => units.slice(k + 1).some((u) => u.words.some((w) => w.includes('$?')));
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    if (unit.level !== 0 || unit.commands.length === 0 || unit.commands[0]!.argv[0] === 'exit') continue;
    let reason: string | null = null;
    if (unit.op === '|' && !unit.pipefail) {
      const next = units[k + 1]?.commands[0]?.argv[0];
      reason = `it pipes into ${next ? `\`${basename(next)}\`` : 'another command'}, and a pipeline's status is its last command's (add \`set -o pipefail\` in bash, or drop the pipe)`;
    } else {
      // The end of this command's &&/|| list, and whether anything runs after that.
      let j = k;
      while (j < units.length && !SEPARATORS.has(units[j]!.op)) j++;
      const next = units.slice(j + 1).find((u) => u.commands.length > 0 || u.level === -1);
      // A bare `exit` next ends the script with this list's status.
      const followed = next !== undefined && !(next.commands[0]?.argv[0] === 'exit' && next.commands[0].argv.length === 1);
      // A pipeline is one command of its list: only && and || make it not the last one.
      const endsList = units.slice(k, j).every((u) => u.op === '|');
      const orAfter = units.slice(k, j).some((u) => u.op === '||');
      if (followed && !orAfter && !(unit.errexit && endsList) && !laterUses(k)) {
        reason = unit.errexit
          ? 'it is not the last command of its `&&` list, and `set -e` does not stop the script for those: end the list with it, or put it on a line of its own'
          : 'a command runs after it (after `;` or on a later line) and the RUN succeeds if that last command does: join them with `&&`, or start the script with `set -e`';
      }
    }
    if (reason === null) continue;
    for (const command of unit.commands) {
      if (command.masked) continue;
      command.masked = true;
      command.maskedBy = reason;
    }
  }
}

/** `set -e`, `set -eux`, `set -o errexit`, `set -o pipefail`, and their `+` forms. */
function setOptions(words: string[], errexit: boolean, pipefail: boolean): [boolean, boolean] {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const on = w.startsWith('-');
    if (!/^[-+][a-zA-Z]+$/.test(w)) continue;
    if (w.includes('e')) errexit = on;
    if (w.includes('o')) {
      const name = words[i + 1];
      if (name === 'errexit') errexit = on;
      if (name === 'pipefail') pipefail = on;
    }
  }
  return [errexit, pipefail];
}

/** What after `||` turns a failure into success: `true`, `:`, a message, `exit 0`. */
function ignoresFailure(argv: readonly string[]): boolean {
  const program = basename(argv[0] ?? '');
  if (program === 'true' || program === ':' || program === 'echo' || program === 'printf') return true;
  return program === 'exit' && argv[1] === '0';
}

function toCommands(words: string[], depth: number): SimpleCommand[] {
  let i = 0;
  while (i < words.length && (KEYWORDS.has(words[i]!) || CLOSERS.has(words[i]!))) i++;
  if (words[i] === 'for' || words[i] === 'case' || words[i] === 'select') return [];
  // No prototype: `constructor=1 make` or a lookup of `$toString` must find only what the command set.
  const env = Object.create(null) as Record<string, string>;
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
  const script = depth < 3 ? shellScript(argv) : null;
  if (script !== null) {
    // `sh -c` starts a shell of its own: its options are its flags (`bash -ec`), not the outer script's.
    const inner = splitCommands(script, depth + 1, shellFlags(argv));
    return inner.map((cmd) => ({ ...cmd, env: { ...env, ...cmd.env } }));
  }
  return [{ env, argv }];
}

// The shells whose `-c` runs a script as /bin/sh would: the one list the engine reads them from.
const SHELL_PROGRAMS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** A POSIX shell by its name or path (`sh`, `/bin/bash`). */
export function isShellProgram(word: string): boolean {
  return SHELL_PROGRAMS.has(basename(word));
}

/** The script of `sh -c 'script'` (any shell above, `-c` among its flags), else null. */
/** The options a shell's own flags set: `bash -e -o pipefail -c …`, `sh -ec …`, SHELL ["/bin/bash", "-eo", "pipefail", "-c"]. */
export function shellFlags(argv: readonly string[]): ShellOptions {
  const [errexit, pipefail] = setOptions(['set', ...argv.slice(1).filter((a, i, all) => a !== '-c' && all[i - 1] !== '-c')], false, false);
  return { errexit, pipefail };
}

export function shellScript(argv: readonly string[]): string | null {
  if (argv.length === 0 || !isShellProgram(argv[0]!)) return null;
  const c = argv.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
  return c !== -1 && argv[c + 1] !== undefined ? argv[c + 1]! : null;
}

// Tools whose build is named by goals or tasks after any options (`mvn -B clean package`).
const GOAL_TOOLS = new Set(['mvn', 'mvnw', 'gradle', 'gradlew']);

/**
 * A command as a message names it: its first `count` words, or for Maven and Gradle the program
 * and its first goals (`mvn -B clean package` → `mvn clean package`, not `mvn -B`).
 */
export function commandWords(argv: readonly string[], count = 2): string {
  if (GOAL_TOOLS.has(basename(argv[0] ?? '')))
    return [
      argv[0]!,
      ...argv
        .slice(1)
        .filter((w) => !w.startsWith('-'))
        .slice(0, 2),
    ].join(' ');
  return argv.slice(0, count).join(' ');
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}
