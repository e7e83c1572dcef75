// useInput for this app. Ink installs a listener per render in an effect, so between a render and
// its effects a key would reach the handler of the render before (a screen just left, a box just
// closed). Here each listener stays installed and reads the latest render's handler and activity
// through refs instead.
// Only a child program holding the terminal (an editor) turns listening off for real, which
// also turns raw mode off, so none of its keys reach the app.
import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import { useInput, type Key } from 'ink';
import type { Route } from './nav';
import { actionOf, bindingsFor } from './keymap';

export const SuspendedContext = createContext(false);

/** Holds keys back while something loads; the real terminal wires it to the input pacer. */
export const InputGateContext = createContext<{ hold(): () => void }>({ hold: () => () => {} });

/** Bracketed pastes, handed over whole: they never reach the key handlers. */
export interface PasteSource {
  onPaste(listener: (text: string) => void): () => void;
}
export const PasteContext = createContext<PasteSource>({ onPaste: () => () => {} });

/** Tells the app which mode the screen is in, for its footer and for which keys it takes. */
export const ModeContext = createContext<(mode: string) => void>(() => {});

export function useScreenMode(mode: string, active: boolean): void {
  const report = useContext(ModeContext);
  useEffect(() => {
    if (active) report(mode);
  }, [mode, active, report]);
}

export function useKeys(handler: (input: string, key: Key) => void, options: { isActive?: boolean } = {}): void {
  const suspended = useContext(SuspendedContext);
  const live = useRef(options.isActive ?? true);
  const latest = useRef(handler);
  live.current = options.isActive ?? true;
  latest.current = handler;
  const listener = useCallback((input: string, key: Key) => {
    if (live.current) latest.current(input, key);
  }, []);
  useInput(listener, { isActive: !suspended });
}

/**
 * The keys of a screen's mode as the key table has them: each key that matches a binding runs
 * the handler named by its action. `other` gets the keys the table does not bind.
 */
export function useBindings(
  screen: Route['name'],
  mode: string,
  handlers: Partial<Record<string, (input: string) => void>>,
  active: boolean,
  other?: (input: string, key: Key) => void,
): void {
  useKeys(
    (input, key) => {
      const action = actionOf(bindingsFor(screen, mode), input, key);
      const run = action ? handlers[action] : undefined;
      if (run) run(input);
      else if (!action) other?.(input, key);
    },
    { isActive: active },
  );
}

/** Pasted text for the focused field while `active`. */
export function usePaste(listener: (text: string) => void, active: boolean): void {
  const source = useContext(PasteContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => (active ? source.onPaste((text) => latest.current(text)) : undefined), [source, active]);
}
