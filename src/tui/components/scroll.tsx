// A window onto many lines: the keys every long text scrolls with, and the lines that fit.
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../keys';

export function clampOffset(offset: number, lineCount: number, height: number): number {
  return Math.max(0, Math.min(offset, lineCount - height));
}

/** ↑ ↓ j k PgUp PgDn g G Home End over `lineCount` lines shown `height` at a time. */
export function useScroll(lineCount: number, height: number, active: boolean, resetKey?: unknown) {
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(0), [resetKey]);
  useEffect(() => setOffset((o) => clampOffset(o, lineCount, height)), [lineCount, height]);
  useKeys(
    (input, key) => {
      const page = Math.max(1, height - 1);
      let step: ((o: number) => number) | null = null;
      if (key.downArrow || input === 'j') step = (o) => o + 1;
      else if (key.upArrow || input === 'k') step = (o) => o - 1;
      else if (key.pageDown || input === ' ') step = (o) => o + page;
      else if (key.pageUp) step = (o) => o - page;
      else if (input === 'g' || key.home) step = () => 0;
      else if (input === 'G' || key.end) step = () => lineCount;
      if (step) {
        const to = step;
        setOffset((o) => clampOffset(to(o), lineCount, height));
      }
    },
    { isActive: active },
  );
  return { offset, setOffset };
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
