// A terminal may hand over several keys in one read: a paste, key repeat, or keys typed while a
// frame was drawing. Ink passes a run of plain text on as one input ("j\r", "/copy"), and
// several escape sequences one after another before React has re-rendered, so each key would
// meet the screen as it was before the previous one. This feeds Ink one key per read and the
// next only once the app has drawn what the previous key did (or after a short wait, for keys
// that change nothing), so every key lands on the screen the previous key left.

const ESC = '\x1b';

/** Splits terminal input into single keypresses: escape sequences whole, everything else by code point. */
export function splitKeys(text: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== ESC) {
      // \r\n from a paste is one Enter.
      if (text[i] === '\r' && text[i + 1] === '\n') {
        keys.push('\r');
        i += 2;
        continue;
      }
      const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
      keys.push(text.slice(i, i + len));
      i += len;
      continue;
    }
    const start = i;
    i++;
    if (text[i] === ESC) i++; // meta: ESC before a sequence
    if (text[i] === '[') {
      i++;
      if (text[i] === '[') i++; // linux console function keys: ESC [ [ A
      while (i < text.length && !(text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e)) i++;
      i++;
    } else if (text[i] === 'O') {
      i += 2;
    } else if (i < text.length && i === start + 1) {
      i++; // ESC + one character (meta-key)
    }
    keys.push(text.slice(start, Math.min(i, text.length)));
  }
  return keys;
}

interface ReadableLike {
  read(size?: number): string | Buffer | null;
  emit(event: 'readable'): boolean;
}

export interface Pacer {
  /** The app has drawn: the next key may go. */
  settled(): void;
  /** Keys wait (none is lost) until every hold is released: while a screen is still loading. */
  hold(): () => void;
  undo(): void;
}

/** Makes `stdin.read()` give one key at a time. */
export function paceInput(stdin: ReadableLike, maxWaitMs = 40): Pacer {
  const originalRead = stdin.read.bind(stdin);
  const queue: string[] = [];
  let waiting = false;
  let holds = 0;
  let fallback: NodeJS.Timeout | null = null;
  let resumeTimer: NodeJS.Timeout | null = null;

  const toText = (chunk: string | Buffer) => (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
  const resume = () => {
    if (fallback) clearTimeout(fallback);
    fallback = null;
    resumeTimer = null;
    waiting = false;
    // Harmless when nothing is left: the reader finds null at once.
    if (holds === 0) stdin.emit('readable');
  };
  // A moment after the draw, so the effects of that render (key handlers) are in place.
  const resumeSoon = () => {
    if (!resumeTimer) resumeTimer = setTimeout(resume, 1);
  };

  stdin.read = (size?: number) => {
    if (holds > 0) {
      // Held keys wait in the queue, but Ctrl-C must always get through at once.
      for (let chunk = originalRead(size); chunk !== null; chunk = originalRead(size)) queue.push(...splitKeys(toText(chunk)));
      const interrupt = queue.indexOf('\x03');
      if (interrupt < 0) return null;
      queue.splice(0, interrupt + 1);
      return '\x03';
    }
    if (waiting) return null;
    if (queue.length === 0) {
      const chunk = originalRead(size);
      if (chunk === null) return null;
      queue.push(...splitKeys(toText(chunk)));
    }
    const key = queue.shift() ?? null;
    if (key !== null) {
      waiting = true;
      fallback = setTimeout(resume, maxWaitMs);
    }
    return key;
  };

  return {
    settled() {
      if (waiting) resumeSoon();
    },
    hold() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds === 0 && !waiting) resumeSoon();
      };
    },
    undo() {
      if (fallback) clearTimeout(fallback);
      if (resumeTimer) clearTimeout(resumeTimer);
      stdin.read = originalRead;
    },
  };
}
