// A one-line text field as state: typing replaces an untouched default, Backspace and Ctrl-U edit,
// a paste is text. Pure, so it is tested without Ink; the input hook keeps the latest state in a
// ref, so Enter submits exactly what the last key left, even before React has drawn it.
import { useCallback, useRef, useState } from 'react';

export interface FieldState {
  value: string;
  /** The value is a default nobody has typed over yet: the first typed text replaces it. */
  pristine: boolean;
}

export type FieldAction =
  { type: 'insert'; text: string } | { type: 'erase' } | { type: 'clear' } | { type: 'set'; value: string; pristine?: boolean };

/** Control characters out, line breaks to spaces: a field holds one printable line. */
export function printable(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export function fieldReducer(state: FieldState, action: FieldAction): FieldState {
  switch (action.type) {
    case 'insert': {
      const text = printable(action.text);
      if (text === '') return state;
      return { value: (state.pristine ? '' : state.value) + text, pristine: false };
    }
    case 'erase':
      return { value: [...state.value].slice(0, -1).join(''), pristine: false };
    case 'clear':
      return { value: '', pristine: false };
    case 'set':
      return { value: action.value, pristine: action.pristine ?? true };
  }
}

export function useFieldState(initial: string) {
  const latest = useRef<FieldState>({ value: initial, pristine: initial !== '' });
  const [state, setState] = useState(latest.current);
  const dispatch = useCallback((action: FieldAction) => {
    latest.current = fieldReducer(latest.current, action);
    setState(latest.current);
  }, []);
  return { state, latest, dispatch };
}

/** `~` and `~/x` are the user's home folder, as a shell would read them. */
export function expandHome(path: string, home: string | undefined): string {
  if (!home) return path;
  if (path === '~') return home;
  if (path.startsWith('~/')) return home.replace(/\/$/, '') + path.slice(1);
  return path;
}
