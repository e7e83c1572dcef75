// The `?` overlay: the key table's help for the screen, a group per context under its heading,
// each line wrapped to the width (never cut), scrolled when it is taller than the screen.
import { Box, Text } from 'ink';
import { helpFor, keymap } from '../keymap';
import type { Route } from '../nav';
import { useTheme } from '../theme';
import { wrapLine } from '../../content/wrap';

/** A row of the help; a key row knows the heading it is listed under. */
export type HelpRow = { kind: 'heading'; text: string } | { kind: 'blank' } | { kind: 'key'; keys: string; what: string; group: string };

const INDENT = 2;
const GAP = 2;

/**
 * The help of `screen` as rows of `width` columns: a heading, then its keys in a column and what
 * they do beside them, both wrapped in their column; a blank row between groups.
 */
export function helpLayout(screen: Route['name'], width: number): { rows: HelpRow[]; keyWidth: number } {
  const groups = helpFor(screen);
  const longest = Math.max(...groups.flatMap((g) => g.keys.map(([k]) => [...k].length)));
  // The keys' column takes what its longest entry needs, but at most 40% of the width.
  const keyWidth = Math.max(4, Math.min(longest + GAP, Math.floor(width * 0.4)));
  const whatWidth = Math.max(8, width - INDENT - keyWidth);
  const rows: HelpRow[] = [];
  for (const [i, group] of groups.entries()) {
    if (i > 0) rows.push({ kind: 'blank' });
    for (const text of wrapLine(group.heading, width)) rows.push({ kind: 'heading', text });
    for (const [keys, what] of group.keys) {
      const keyLines = wrapLine(keys, keyWidth - GAP);
      const whatLines = wrapLine(what, whatWidth);
      for (let r = 0; r < Math.max(keyLines.length, whatLines.length); r++)
        rows.push({ kind: 'key', keys: keyLines[r] ?? '', what: whatLines[r] ?? '', group: group.heading });
    }
  }
  return { rows, keyWidth };
}

/** How many help rows fit in a body `height` rows tall (a title, a blank row and the last line take 3). */
export const helpRoom = (height: number) => Math.max(1, height - 3);

/** The footer under the help: the longest that fits. */
export function helpFooter(width: number): string {
  const fits = [
    '↑↓ PgUp PgDn scroll · any other key closes the help',
    '↑↓ PgUp PgDn scroll · other keys close',
    '↑↓ scroll · other keys close',
  ];
  return fits.find((f) => [...f].length <= width) ?? fits.at(-1)!;
}

export function HelpOverlay({ route, width, height, offset }: { route: Route['name']; width: number; height: number; offset: number }) {
  const { tone } = useTheme();
  const { rows, keyWidth } = helpLayout(route, width);
  // The rows scroll (↑↓ PgUp PgDn) when they are taller than the screen; any other key closes it.
  const room = helpRoom(height);
  const first = Math.min(offset, Math.max(0, rows.length - room));
  // Scrolled past a group's heading: the title says which group the top rows belong to.
  const top = rows[first];
  const carried = top?.kind === 'key' ? top.group : null;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold color={tone('accent')} wrap="truncate-end">
        Keys: {keymap[route].title}
        {carried ? ` › ${carried}` : ''}
      </Text>
      <Text> </Text>
      {rows.slice(first, first + room).map((row, i) =>
        row.kind === 'heading' ? (
          <Text key={first + i} bold color={tone('accent')} wrap="truncate-end">
            {row.text}
          </Text>
        ) : row.kind === 'blank' ? (
          <Text key={first + i}> </Text>
        ) : (
          <Box key={first + i} width={width}>
            <Box width={INDENT + keyWidth} flexShrink={0} paddingLeft={INDENT}>
              <Text bold wrap="truncate-end">
                {row.keys || ' '}
              </Text>
            </Box>
            <Text wrap="truncate-end">{row.what || ' '}</Text>
          </Box>
        ),
      )}
      <Text color={tone('muted')} wrap="truncate-end">
        {rows.length > room ? `${first + room < rows.length ? '↓ more · ' : ''}any other key closes this` : 'any key closes this'}
      </Text>
    </Box>
  );
}
