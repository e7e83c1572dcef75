// The exercise list with each one's status; Enter opens it.
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { exerciseList, type Status } from '../workspace';
import { useNav, type ScreenProps } from '../nav';
import { useScreenMode } from '../keys';
import { useTheme, type Tone } from '../theme';
import { useAppEnv } from '../env';
import { ListView, useSelection, type ListItem } from '../components/list';

const mark: Record<Status, { sign: string; tone: Tone }> = {
  done: { sign: '✓ done', tone: 'good' },
  'in progress': { sign: '… in progress', tone: 'warn' },
  new: { sign: '· new', tone: 'muted' },
};

export function ExercisesScreen({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const { tone } = useTheme();
  // Re-read whenever the screen comes back to the front, so a finished exercise shows as done.
  const { env } = useAppEnv();
  const list = useMemo(() => exerciseList(env), [active, env]);
  const done = list.filter((e) => e.status === 'done').length;
  const firstOpen = Math.max(
    0,
    list.findIndex((e) => e.status !== 'done'),
  );
  useScreenMode('list', active);
  const { selected } = useSelection(
    'exercises',
    'list',
    list.length,
    height - 2,
    active,
    (i) => nav.push({ name: 'exercise', id: list[i]!.id }),
    { initial: firstOpen },
  );
  const idWidth = Math.min(26, Math.max(...list.map((e) => e.id.length), 4) + 2);
  // Narrow: the status as one sign before the number, so the ID is never cut.
  const narrow = width < 60;
  // A team's packs each under their own heading, after the built-in exercises.
  const packs = list.some((e) => e.pack !== null);
  const headingOf = (i: number) =>
    packs && (i === 0 || list[i - 1]!.pack !== list[i]!.pack)
      ? list[i]!.pack === null
        ? 'Built-in exercises'
        : `Team pack: ${list[i]!.pack}`
      : undefined;
  const items: ListItem[] = list.map((e, i) => ({
    key: e.id,
    heading: headingOf(i),
    label: narrow
      ? `${mark[e.status].sign[0]} ${String(i + 1).padStart(2)}. ${e.id}`
      : `${String(i + 1).padStart(2)}. ${e.id.padEnd(idWidth)}${width >= 80 ? e.title : ''}`,
    note: narrow ? undefined : mark[e.status].sign,
    noteTone: mark[e.status].tone,
  }));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text color={tone('good')}>{`${done}/${list.length} done`}</Text>
        <Text color={tone('muted')}>{width < 60 ? ' · ✓ done … started · new' : ' · fix each broken Dockerfile in your own editor'}</Text>
      </Text>
      <Text> </Text>
      <ListView items={items} selected={selected} height={height - 2} width={width} />
    </Box>
  );
}
