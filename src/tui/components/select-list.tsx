// The tree walker's answer list. ink-select-input keeps the highlighted row in React state and
// reads it in a key handler that Ink swaps in only after the render's effects have run: keys that
// arrive together (Down then Enter, typed fast or sent by a script) met the old row, and Enter
// picked the answer above the marker. Here the keys read and move a ref, so each key sees what the
// key before it did, and the render only shows it. Drawn in the theme's colours (chalk ignores
// NO_COLOR). Same keys as before: ↑ ↓ or k j to move, Enter to choose, 1-9 to choose directly.
import { useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { useTheme } from '../theme';

export interface SelectItem<V> {
  key: string;
  label: string;
  value: V;
}

export function SelectList<V>({
  items,
  isFocused,
  initialIndex = 0,
  onSelect,
}: {
  items: readonly SelectItem<V>[];
  isFocused: boolean;
  initialIndex?: number;
  onSelect: (item: SelectItem<V>) => void;
}) {
  const theme = useTheme();
  const start = Math.max(0, Math.min(initialIndex, items.length - 1));
  const current = useRef(start);
  const [selected, setSelected] = useState(start);
  useInput(
    (input, key) => {
      const count = items.length;
      if (count === 0) return;
      if (key.upArrow || input === 'k') current.current = (current.current - 1 + count) % count;
      else if (key.downArrow || input === 'j') current.current = (current.current + 1) % count;
      else if (key.return) return onSelect(items[current.current]!);
      else if (/^[1-9]$/.test(input) && Number(input) <= count) return onSelect(items[Number(input) - 1]!);
      else return;
      setSelected(current.current);
    },
    { isActive: isFocused },
  );
  return (
    <Box flexDirection="column">
      {items.map((item, i) => (
        <Box key={item.key}>
          <Text color={theme.tone('info')}>{i === selected ? '❯ ' : '  '}</Text>
          <Text color={i === selected ? theme.tone('info') : undefined}>{item.label}</Text>
        </Box>
      ))}
    </Box>
  );
}
