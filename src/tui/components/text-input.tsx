// One line of text typed in place. The keys are the key table's field keys; a paste is text.
import { Text } from 'ink';
import { useBindings, usePaste } from '../keys';
import type { Route } from '../nav';
import { useTheme } from '../theme';
import { useFieldState, type FieldState } from '../state/use-field-state';
import { displaySafe } from '../../content/terminal-safe';

export interface TextField {
  state: FieldState;
  set(value: string, pristine?: boolean): void;
}

/**
 * A field of `screen` in `mode`: Enter calls `onSubmit` with the value as the last key left it,
 * Esc calls `onCancel`. `onOther` gets keys the table does not bind (a list under a search box).
 */
export function useTextField(
  screen: Route['name'],
  mode: string,
  initial: string,
  active: boolean,
  onSubmit: (value: string) => void,
  onCancel: () => void,
  extra: Partial<Record<string, () => void>> = {},
): TextField {
  const { state, latest, dispatch } = useFieldState(initial);
  useBindings(
    screen,
    mode,
    {
      ...extra,
      submit: () => onSubmit(latest.current.value),
      cancel: onCancel,
      erase: () => dispatch({ type: 'erase' }),
      clear: () => dispatch({ type: 'clear' }),
    },
    active,
    (input, key) => {
      if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown)
        return;
      dispatch({ type: 'insert', text: input });
    },
  );
  usePaste((text) => dispatch({ type: 'insert', text }), active);
  return { state, set: (value, pristine) => dispatch({ type: 'set', value, pristine }) };
}

export function LineInput({
  label,
  value,
  editing,
  width,
  pristine = false,
}: {
  label: string;
  value: string;
  editing: boolean;
  width: number;
  pristine?: boolean;
}) {
  const { tone } = useTheme();
  // Show the end of a long value: that is where the typing happens.
  const room = Math.max(4, width - label.length - 2);
  const safe = displaySafe(value);
  const shown = safe.length > room ? '…' + safe.slice(safe.length - room + 1) : safe;
  return (
    <Text wrap="truncate-end">
      <Text color={tone('accent')}>{label}</Text>
      {/* An untouched default is dimmed: typing replaces it. */}
      <Text color={editing && pristine ? tone('muted') : undefined}>{shown}</Text>
      {editing ? <Text inverse> </Text> : null}
    </Text>
  );
}
