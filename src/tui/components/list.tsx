// A list to pick from, windowed to its height so a long list never overflows the screen.
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../keys';
import { useTheme, type Tone } from '../theme';

export interface ListItem {
  key: string;
  label: string;
  /** Shown after the label, dimmed or in its tone. */
  note?: string;
  noteTone?: Tone;
}

/** Selection over `count` items: ↑ ↓ j k PgUp PgDn g G; Enter calls onOpen. */
export function useSelection(count: number, height: number, active: boolean, onOpen: (index: number) => void, initial = 0) {
  const [selected, setSelected] = useState(initial);
  useEffect(() => setSelected((s) => Math.max(0, Math.min(s, count - 1))), [count]);
  useKeys(
    (input, key) => {
      const last = count - 1;
      const move = (to: (s: number) => number) => setSelected((s) => Math.max(0, Math.min(last, to(s))));
      if (key.downArrow || input === 'j') move((s) => s + 1);
      else if (key.upArrow || input === 'k') move((s) => s - 1);
      else if (key.pageDown) move((s) => s + height);
      else if (key.pageUp) move((s) => s - height);
      else if (input === 'g' || key.home) move(() => 0);
      else if (input === 'G' || key.end) move(() => last);
      else if (key.return && count > 0) onOpen(selected);
    },
    { isActive: active },
  );
  return { selected, setSelected };
}

export function ListView({ items, selected, height, width, focused = true }: { items: ListItem[]; selected: number; height: number; width: number; focused?: boolean }) {
  const { tone } = useTheme();
  // Keep the selected row in view, a little off the edge when it can be.
  const top = Math.max(0, Math.min(selected - Math.floor(height / 2), items.length - height));
  const shown = items.slice(top, top + height);
  return (
    <Box flexDirection="column" height={Math.min(height, Math.max(1, items.length))} width={width} overflow="hidden">
      {shown.map((item, i) => {
        const isSelected = top + i === selected;
        return (
          <Box key={item.key} width={width}>
            <Text wrap="truncate-end" bold={isSelected && focused} color={isSelected && focused ? tone('accent') : undefined}>
              {isSelected ? (focused ? '› ' : '• ') : '  '}
              {item.label}
              {item.note ? <Text color={tone(item.noteTone ?? 'muted')}>{`  ${item.note}`}</Text> : null}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
