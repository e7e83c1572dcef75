// Drives the app through ink-testing-library with a sized terminal and real key sequences.
import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import type { ReactElement } from 'react';

export const keys = {
  enter: '\r',
  esc: '\x1b',
  up: '\x1b[A',
  down: '\x1b[B',
  left: '\x1b[D',
  right: '\x1b[C',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  backspace: '\x7f',
  tab: '\t',
  ctrlC: '\x03',
  ctrlU: '\x15',
};

export const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));

export interface Driven {
  /** The last frame, without ANSI codes. */
  screen(): string;
  /** The last frame as written, ANSI codes included. */
  raw(): string;
  /** Every frame drawn so far, without ANSI codes. */
  frames(): string[];
  /** Every frame drawn so far, as written. */
  rawFrames(): string[];
  press(...input: string[]): Promise<void>;
  type(text: string): Promise<void>;
  waitFor(test: string | RegExp | ((screen: string) => boolean), timeout?: number): Promise<string>;
  resize(columns: number, rows: number): Promise<void>;
  unmount(): void;
  stdin: { write(data: string): void };
}

export async function drive(element: ReactElement, size: { columns: number; rows: number } = { columns: 100, rows: 30 }): Promise<Driven> {
  const instance = render(element);
  const stdout = instance.stdout as unknown as NodeJS.EventEmitter & { columns: number; rows: number };
  const setSize = (columns: number, rows: number) => {
    Object.defineProperty(stdout, 'columns', { get: () => columns, configurable: true });
    Object.defineProperty(stdout, 'rows', { get: () => rows, configurable: true });
    stdout.emit('resize');
  };
  setSize(size.columns, size.rows);
  const screen = () => stripVTControlCharacters(instance.lastFrame() ?? '');
  const driven: Driven = {
    screen,
    raw: () => instance.lastFrame() ?? '',
    frames: () => instance.frames.map((f) => stripVTControlCharacters(f)),
    rawFrames: () => [...instance.frames],
    async press(...input) {
      for (const k of input) {
        // Ink arms useInput in an effect: give it a tick before and after each key.
        await tick();
        instance.stdin.write(k);
        await tick();
      }
    },
    async type(text) {
      for (const ch of text) await driven.press(ch);
    },
    async waitFor(test, timeout = 5000) {
      const ok = typeof test === 'function' ? test : (s: string) => (typeof test === 'string' ? s.includes(test) : test.test(s));
      const until = Date.now() + timeout;
      for (;;) {
        const s = screen();
        if (ok(s)) return s;
        if (Date.now() > until) throw new Error(`timed out waiting for ${String(test)}; screen was:\n${s}`);
        await tick(25);
      }
    },
    async resize(columns, rows) {
      setSize(columns, rows);
      await tick(30);
    },
    unmount: () => instance.unmount(),
    stdin: instance.stdin,
  };
  await tick(30);
  return driven;
}

/** Every line of the frame fits the width, and there are no more lines than rows. */
export function fits(screen: string, columns: number, rows: number): boolean {
  const lines = screen.split('\n');
  return lines.length <= rows && lines.every((l) => [...l].length <= columns);
}

/** Bracketed pastes for an App under test: give `relay` to the App, then `pace(d, relay)`. */
export function pasteRelay() {
  const listeners = new Set<(text: string) => void>();
  return {
    onPaste(listener: (text: string) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(text: string) {
      for (const l of listeners) l(text);
    },
  };
}

/** Puts the real terminal's input pacer (pastes taken out whole, Ctrl-C first) under a driven app. */
export async function pace(d: Driven, relay: ReturnType<typeof pasteRelay>) {
  const { paceInput } = await import('../src/tui/paced-input');
  const pacer = paceInput(d.stdin as unknown as Parameters<typeof paceInput>[0], 5);
  pacer.onPaste((t) => relay.emit(t));
  return pacer;
}

export const bracketed = (text: string) => `\x1b[200~${text}\x1b[201~`;
