// Home: the five ways in. Draws at once; the exercise progress arrives when the exercises load.
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useScreenMode } from '../keys';
import { useHomeInput } from '../input/use-home-input';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { useAppEnv } from '../env';
import { ListView, useSelection, type ListItem } from '../components/list';

interface Entry {
  route: Route;
  label: string;
  about: string;
  letter: string;
}

const entries: Entry[] = [
  { route: { name: 'reference' }, label: 'Reference', about: 'every fact about multi-stage builds, searchable', letter: 'r' },
  { route: { name: 'trees' }, label: 'Decision trees', about: 'do I need one? which final base? which runtime?', letter: 't' },
  { route: { name: 'exercises' }, label: 'Exercises', about: 'fix broken Dockerfiles in your editor', letter: 'e' },
  { route: { name: 'lint' }, label: 'Lint a Dockerfile', about: 'findings, explanations and fixes', letter: 'l' },
  { route: { name: 'graph' }, label: 'Stage graph', about: 'what builds what, and what runs in parallel', letter: 'g' },
];

/** "5/18 done", read after the first frame so the home screen never waits for it. */
function useProgress(active: boolean): string | null {
  const { env } = useAppEnv();
  const [text, setText] = useState<string | null>(null);
  // Read again whenever home comes back to the front: an exercise may have passed meanwhile.
  useEffect(() => {
    if (!active) return;
    let live = true;
    import('../workspace')
      .then((data) => data.progressSummary(env))
      .then((p) => live && setText(`${p.done}/${p.total} done`))
      .catch(() => live && setText(null));
    return () => {
      live = false;
    };
  }, [active, env]);
  return text;
}

export function HomeScreen({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const { tone } = useTheme();
  const progress = useProgress(active);
  const open = (i: number) => entries[i] && nav.push(entries[i].route);
  useScreenMode('list', active);
  const intro = height >= 12;
  // The rows the list may take: at 20×5 fewer than the entries, and the selected one stays in view.
  const listRows = Math.max(1, Math.min(entries.length, height - (intro ? 3 : 0)));
  const { selected } = useSelection('home', 'list', entries.length, listRows, active, open);
  useHomeInput(
    active,
    entries.map((e) => e.letter),
    open,
  );

  const wide = width >= 70;
  const items: ListItem[] = entries.map((e, i) => ({
    key: e.label,
    label: `${i + 1}  ${e.label.padEnd(18)}`,
    note: [e.route.name === 'exercises' ? (progress ?? '…') : null, wide ? e.about : null].filter(Boolean).join('  ·  ') || undefined,
    noteTone: e.route.name === 'exercises' && progress ? 'good' : 'muted',
  }));
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={1}>
      {intro ? (
        <>
          <Text bold>Learn, look up and check Docker multi-stage builds.</Text>
          <Text color={tone('muted')} wrap="truncate-end">
            Pick a place to start. New here? Try Exercises, or the Reference.
          </Text>
          <Text> </Text>
        </>
      ) : null}
      <ListView items={items} selected={selected} height={listRows} width={width - 2} />
      {!wide && height >= entries.length + 6 ? (
        <>
          <Text> </Text>
          <Text color={tone('muted')} wrap="truncate-end">
            {entries[selected]!.about}
          </Text>
        </>
      ) : null}
    </Box>
  );
}
