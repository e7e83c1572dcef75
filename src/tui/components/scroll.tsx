// A window onto many lines: the keys every long text scrolls with, and the lines that fit.
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useBindings } from '../keys';
import type { Route } from '../nav';
import { wrapLine } from '../../content/wrap';
import { clampOffset, scrollBy } from '../state/use-list-state';

export { clampOffset, scrollBy };

/** The scroll keys the key table gives `screen` in `mode`, over `lineCount` lines shown `height` at a time. */
export function useScroll(screen: Route['name'], mode: string, lineCount: number, height: number, active: boolean, resetKey?: unknown) {
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(0), [resetKey]);
  useEffect(() => setOffset((o) => clampOffset(o, lineCount, height)), [lineCount, height]);
  const step = (action: string) => () => setOffset((o) => scrollBy(o, action, lineCount, height));
  useBindings(
    screen,
    mode,
    { down: step('down'), up: step('up'), pageDown: step('pageDown'), pageUp: step('pageUp'), first: step('first'), last: step('last') },
    active,
  );
  return { offset, setOffset };
}

/** Lines wrapped at the width (continuations indented by `indent`), so nothing ends in "…". */
export function wrapLines(lines: readonly string[], width: number, indent = 0): string[] {
  return lines.flatMap((l) => wrapLine(l, Math.max(8, width), indent));
}

/** Draws lines[offset…offset+height], each cut at the width, never more than `height` rows. */
export function ScrollView({ lines, offset, height, width }: { lines: string[]; offset: number; height: number; width: number }) {
  const shown = lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {shown.map((line, i) => (
        <Text key={offset + i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}

/** "lines 1–18 of 240", for a status line. */
export function position(offset: number, height: number, total: number): string {
  if (total <= height) return '';
  return `lines ${offset + 1}–${Math.min(total, offset + height)} of ${total}`;
}
