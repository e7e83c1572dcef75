// A list of choices (a tree's answers, what to do after its recommendation), drawn in the theme's
// colours (chalk ignores NO_COLOR, so ink-select-input's own blue printed colour under it).
// Its keys are the key table's (↑ ↓ j k, Enter, 1-9) through the app's useBindings, and the
// selection is kept in a ref as well as in state: keys that arrive in one read (Up then Enter)
// each see what the one before did, before React has drawn it.
import { useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { useTheme } from '../theme';
import { useBindings } from '../keys';
import type { Route } from '../nav';

function SelectIndicator({ isSelected = false }: { isSelected?: boolean }) {
  const theme = useTheme();
  // Two columns that never shrink: beside a label as wide as the screen, the marker keeps its space.
  return (
    <Box width={2} flexShrink={0}>
      <Text color={theme.tone('info')}>{isSelected ? '❯ ' : '  '}</Text>
    </Box>
  );
}

function SelectItem({ isSelected = false, label }: { isSelected?: boolean; label: string }) {
  const theme = useTheme();
  return <Text color={isSelected ? theme.tone('info') : undefined}>{label}</Text>;
}

export interface Choice<T> {
  key: string;
  label: string;
  value: T;
}

/**
 * The choices of `screen` in `mode`: `down`/`up` move (round the ends), `answer` takes the one
 * selected, `pick` (1-9) takes that one at once.
 */
export function ChoiceList<T>({
  screen,
  mode,
  items,
  initialIndex = 0,
  active,
  onSelect,
}: {
  screen: Route['name'];
  mode: string;
  items: Choice<T>[];
  initialIndex?: number;
  active: boolean;
  onSelect: (item: Choice<T>) => void;
}) {
  const [selected, setSelected] = useState(() => Math.max(0, Math.min(initialIndex, items.length - 1)));
  const latest = useRef(selected);
  const move = (by: number) => {
    if (items.length === 0) return;
    latest.current = (latest.current + by + items.length) % items.length;
    setSelected(latest.current);
  };
  useBindings(
    screen,
    mode,
    {
      down: () => move(1),
      up: () => move(-1),
      answer: () => {
        const item = items[latest.current];
        if (item) onSelect(item);
      },
      pick: (input) => {
        const item = items[Number(input) - 1];
        if (item) onSelect(item);
      },
    },
    active,
  );
  return (
    <Box flexDirection="column">
      {items.map((item, i) => (
        <Box key={item.key}>
          <SelectIndicator isSelected={i === selected} />
          <SelectItem isSelected={i === selected} label={item.label} />
        </Box>
      ))}
    </Box>
  );
}
