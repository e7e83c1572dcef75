// Runs lint off the input path: the screen first draws "linting…", the engine runs on a later
// turn of the event loop, and an exception in it becomes an error panel, never an exit.
import { useEffect, useRef } from 'react';
import { lint } from '../../engine/lint';
import type { LintAction } from '../state/use-lint-state';

export function useLintRunner(source: { path: string; text: string } | null, version: number, dispatch: (a: LintAction) => void, run: (text: string) => ReturnType<typeof lint>['findings'] = (t) => lint(t).findings) {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (!source) return;
    let live = true;
    dispatch({ type: 'started', path: source.path });
    // setImmediate lets the "linting…" frame and pending keys (Ctrl-C) through first.
    const timer = setTimeout(() => {
      if (!live) return;
      try {
        const findings = runRef.current(source.text);
        if (live) dispatch({ type: 'linted', path: source.path, text: source.text, findings });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (live) dispatch({ type: 'crashed', path: source.path, error: message.split('\n')[0]! });
      }
    }, 20);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, version]);
}
