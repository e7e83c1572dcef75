// A terminal may hand over several keys in one read: a paste, key repeat, or keys typed while a
// frame was drawing. Ink passes a run of plain text on as one input ("j\r", "/copy"), and
// several escape sequences one after another before React has re-rendered, so each key would
// meet the screen as it was before the previous one. This feeds Ink one key per read and the
// next only once the app has drawn what the previous key did (or after a short wait, for keys
// that change nothing), so every key lands on the screen the previous key left.
//
// Two things never wait in that line: Ctrl-C (it drops every key queued before it and goes at
// once, however many are held), and a bracketed paste (ESC[200~ … ESC[201~), which is taken
// out whole and handed to `onPaste` as text: a paste is never keys, so a `q` inside one
// cannot quit and nothing of it is left over for the shell.

const ESC = '\x1b';
const CTRL_C = '\x03';
export const PASTE_START = '\x1b[200~';
export const PASTE_END = '\x1b[201~';

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

/**
 * Takes bracketed pastes out of terminal input. Returns the keys outside pastes, the pastes, and
 * an unfinished paste (its start seen, its end not yet) to carry over to the next read.
 */
export function takePastes(text: string, open: string | null): { keys: string; pastes: string[]; open: string | null } {
  const pastes: string[] = [];
  let keys = '';
  let rest = text;
  let inside = open;
  for (;;) {
    if (inside !== null) {
      const end = rest.indexOf(PASTE_END);
      if (end < 0) return { keys, pastes, open: inside + rest };
      pastes.push(inside + rest.slice(0, end));
      rest = rest.slice(end + PASTE_END.length);
      inside = null;
      continue;
    }
    const start = rest.indexOf(PASTE_START);
    if (start < 0) return { keys: keys + rest, pastes, open: null };
    keys += rest.slice(0, start);
    rest = rest.slice(start + PASTE_START.length);
    inside = '';
  }
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
  /** Bracketed pastes, whole, as text. */
  onPaste(listener: (text: string) => void): () => void;
  /** Drops every key still queued (the app is quitting: none of them may reach the shell). */
  drop(): void;
  undo(): void;
}

/** Makes `stdin.read()` give one key at a time. */
export function paceInput(stdin: ReadableLike, maxWaitMs = 40): Pacer {
  const originalRead = stdin.read.bind(stdin);
  const queue: string[] = [];
  const pasteListeners = new Set<(text: string) => void>();
  let openPaste: string | null = null;
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

  /** Everything the terminal has sent so far, into the queue (pastes out to their listeners). */
  const drain = (size?: number) => {
    for (let chunk = originalRead(size); chunk !== null; chunk = originalRead(size)) {
      const taken = takePastes(toText(chunk), openPaste);
      openPaste = taken.open;
      queue.push(...splitKeys(taken.keys));
      for (const paste of taken.pastes) for (const listener of pasteListeners) listener(paste);
    }
  };

  stdin.read = (size?: number) => {
    drain(size);
    // Ctrl-C goes first, whatever waits before it: those keys are dropped, as a shell drops typeahead.
    const interrupt = queue.indexOf(CTRL_C);
    if (interrupt >= 0) {
      queue.splice(0, interrupt + 1);
      return CTRL_C;
    }
    if (holds > 0 || waiting) return null;
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
    onPaste(listener) {
      pasteListeners.add(listener);
      return () => pasteListeners.delete(listener);
    },
    drop() {
      drain();
      queue.length = 0;
      openPaste = null;
    },
    undo() {
      if (fallback) clearTimeout(fallback);
      if (resumeTimer) clearTimeout(resumeTimer);
      stdin.read = originalRead;
    },
  };
}
