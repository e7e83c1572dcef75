// useInput for this app. Ink installs a listener per render in an effect, so between a render and
// its effects a key would reach the handler of the render before (a screen just left, a box just
// closed). Here each listener stays installed and reads the latest render's handler and activity
// through refs instead.
// Only a child program holding the terminal (an editor) turns listening off for real, which
// also turns raw mode off, so none of its keys reach the app.
import { createContext, useCallback, useContext, useRef } from 'react';
import { useInput, type Key } from 'ink';

export const SuspendedContext = createContext(false);

/** Holds keys back while something loads; the real terminal wires it to the input pacer. */
export const InputGateContext = createContext<{ hold(): () => void }>({ hold: () => () => {} });

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
