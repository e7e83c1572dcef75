// One line of text typed in place: printable keys, Backspace, Enter submits, Esc cancels.
import { Text } from 'ink';
import { useKeys } from '../keys';
import { useTheme } from '../theme';

/** `onChange` gets an update function, so keys that come faster than renders all count. */
export function useLineInput(onChange: (update: (v: string) => string) => void, active: boolean, onSubmit: () => void, onCancel: () => void) {
  useKeys(
    (input, key) => {
      if (key.return) onSubmit();
      else if (key.escape) onCancel();
      else if (key.backspace || key.delete) onChange((v) => [...v].slice(0, -1).join(''));
      else if (key.ctrl && input === 'u') onChange(() => '');
      else if (!key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.pageUp && !key.pageDown && input) {
        // Pasted text arrives as one string; keep it on one line.
        onChange((v) => v + input.replace(/[\r\n]+/g, ' '));
      }
    },
    { isActive: active },
  );
}

export function LineInput({ label, value, editing, width }: { label: string; value: string; editing: boolean; width: number }) {
  const { tone } = useTheme();
  // Show the end of a long value: that is where the typing happens.
  const room = Math.max(4, width - label.length - 2);
  const shown = value.length > room ? '…' + value.slice(value.length - room + 1) : value;
  return (
    <Text wrap="truncate-end">
      <Text color={tone('accent')}>{label}</Text>
      {shown}
      {editing ? <Text inverse> </Text> : null}
    </Text>
  );
}
