// Decision trees: pick a tree, then walk it with the content layer's TreeWalker.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, measureElement, type DOMElement } from 'ink';
import { listTrees, loadTree } from '../../content/trees';
import { TreeWalker } from '../tree';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useScreenMode } from '../keys';
import { useTreeScrollInput } from '../input/use-trees-input';
import { useTheme } from '../theme';
import { ListView, useSelection } from '../components/list';

function TreeList({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const { tone } = useTheme();
  const trees = useMemo(() => listTrees(), []);
  useScreenMode('choose', active);
  const { selected } = useSelection('trees', 'choose', trees.length, Math.min(trees.length, height - 5), active, (i) =>
    nav.push({ name: 'trees', tree: trees[i]!.id }),
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">Answer a few questions, get a recommendation with its image and size.</Text>
      <Text> </Text>
      <ListView
        items={trees.map((t) => ({ key: t.id, label: t.title }))}
        selected={selected}
        height={Math.min(trees.length, height - 5)}
        width={width}
      />
      <Text> </Text>
      <Text color={tone('muted')} wrap="wrap">
        {trees[selected]?.description ?? ''}
      </Text>
    </Box>
  );
}

export function TreesScreen(props: ScreenProps & { route: Route }) {
  const nav = useNav();
  const { tone } = useTheme();
  const id = props.route.name === 'trees' ? props.route.tree : undefined;
  const tree = useMemo(() => (id ? loadTree(id) : undefined), [id]);
  const walk = useRef<DOMElement>(null);
  // How many rows the walk is taller than the screen, and how far the user scrolled up from its end.
  const [overflow, setOverflow] = useState(0);
  const [lift, setLift] = useState(0);
  // Each answer re-renders this screen, so the walk is measured again, and shown from its end.
  const [steps, setSteps] = useState(0);
  const onAnswersChange = useCallback((answers: readonly string[]) => setSteps(answers.length), []);
  useEffect(() => setLift(0), [steps, id]);
  // Measured once Ink has laid the frame out, before it is drawn; React skips unchanged updates.
  useLayoutEffect(() => {
    if (walk.current) setOverflow(Math.max(0, measureElement(walk.current).height - props.height));
  });
  const page = Math.max(1, props.height - 2);
  useTreeScrollInput(props.active && Boolean(id), (by) => setLift((l) => Math.max(0, Math.min(overflow, l + by))), page);
  if (!id) return <TreeList {...props} />;
  if (!tree) return <Text color={tone('bad')}>No decision tree named {id}.</Text>;
  // The walker grows with the answers: it starts at the top, and once the path is longer than the
  // screen its end is shown, so the oldest answers scroll off and the question stays. PgUp/PgDn
  // scroll it (at a small size, up to a recommendation's first lines).
  return (
    <Box flexDirection="column" width={props.width} height={props.height} overflow="hidden">
      {/* flexShrink 0: at its natural height, not squeezed to fit (squeezed text overlaps). */}
      <Box
        ref={walk}
        flexDirection="column"
        flexShrink={0}
        width={props.width}
        marginTop={-Math.max(0, overflow - Math.min(lift, overflow))}
      >
        <TreeWalker
          key={tree.id}
          tree={tree}
          width={props.width}
          isActive={props.active}
          hideKeys
          onAnswersChange={onAnswersChange}
          onOpenSection={(section) => nav.push({ name: 'reference', section })}
          onOpenTree={(next) => nav.replace({ name: 'trees', tree: next })}
        />
      </Box>
    </Box>
  );
}
