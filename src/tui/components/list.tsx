// A list to pick from, windowed to its height so a long list never overflows the screen.
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useBindings } from '../keys';
import type { Route } from '../nav';
import { moveSelection } from '../state/use-list-state';
import { useTheme, type Tone } from '../theme';

export interface ListItem {
  key: string;
  label: string;
  /** Shown after the label, dimmed or in its tone. */
  note?: string;
  noteTone?: Tone;
  /** A heading line drawn above this item (a group such as a team's exercise pack); not selectable. */
  heading?: string;
}

export { moveSelection };

/**
 * Selection over `count` items with the moves the key table gives `screen` in `mode`; the
 * `openAction` binding (Enter) calls onOpen. The selection is kept while the list is hidden
 * (a screen pushed over it), so going back finds the cursor where it was.
 */
export function useSelection(
  screen: Route['name'],
  mode: string,
  count: number,
  height: number,
  active: boolean,
  onOpen: (index: number) => void,
  { initial = 0, openAction = 'open' }: { initial?: number; openAction?: string } = {},
) {
  const [selected, setSelected] = useState(initial);
  useEffect(() => setSelected((s) => Math.max(0, Math.min(s, count - 1))), [count]);
  const move = (action: string) => () => setSelected((s) => moveSelection(s, action, count, Math.max(1, height)));
  useBindings(
    screen,
    mode,
    {
      down: move('down'),
      up: move('up'),
      pageDown: move('pageDown'),
      pageUp: move('pageUp'),
      first: move('first'),
      last: move('last'),
      [openAction]: () => count > 0 && onOpen(selected),
    },
    active,
  );
  return { selected, setSelected };
}

export function ListView({
  items,
  selected,
  height,
  width,
  focused = true,
}: {
  items: ListItem[];
  selected: number;
  height: number;
  width: number;
  focused?: boolean;
}) {
  const { tone } = useTheme();
  const rows = Math.max(1, height);
  // Lines to draw: each item, with its group heading above it where it has one.
  const lines: ({ heading: string; key: string } | { item: ListItem; index: number })[] = [];
  let selectedLine = 0;
  items.forEach((item, index) => {
    if (item.heading) lines.push({ heading: item.heading, key: `heading:${item.key}` });
    if (index === selected) selectedLine = lines.length;
    lines.push({ item, index });
  });
  // Keep the selected row in view, a little off the edge when it can be.
  const top = Math.max(0, Math.min(selectedLine - Math.floor(rows / 2), lines.length - rows));
  const shown = lines.slice(top, top + rows);
  return (
    <Box flexDirection="column" height={Math.min(rows, Math.max(1, lines.length))} width={width} overflow="hidden" flexShrink={0}>
      {shown.map((line) => {
        if ('heading' in line) {
          return (
            <Box key={line.key} width={width}>
              <Text wrap="truncate-end" bold color={tone('muted')}>
                {line.heading}
              </Text>
            </Box>
          );
        }
        const { item, index } = line;
        const isSelected = index === selected;
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
