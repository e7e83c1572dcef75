// Decision trees: pick a tree, then walk it with the content layer's TreeWalker.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, measureElement, type DOMElement } from 'ink';
import { listTrees, loadTree } from '../../content/trees';
import { TreeWalker } from '../tree';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ListView, useSelection } from '../components/list';

function TreeList({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const { tone } = useTheme();
  const trees = useMemo(() => listTrees(), []);
  const { selected } = useSelection(trees.length, trees.length, active, (i) => nav.push({ name: 'trees', tree: trees[i]!.id }));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">Answer a few questions, get a recommendation with its image and size.</Text>
      <Text> </Text>
      <ListView items={trees.map((t) => ({ key: t.id, label: t.title }))} selected={selected} height={Math.min(trees.length, height - 5)} width={width} />
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
  const [overflows, setOverflows] = useState(false);
  // Each answer re-renders this screen, so the walk is measured again.
  const [, setSteps] = useState(0);
  const onAnswersChange = useCallback((answers: readonly string[]) => setSteps(answers.length), []);
  // Measured once Ink has laid the frame out, before it is drawn; React skips unchanged updates.
  useLayoutEffect(() => {
    if (walk.current) setOverflows(measureElement(walk.current).height > props.height);
  });
  if (!id) return <TreeList {...props} />;
  if (!tree) return <Text color={tone('bad')}>No decision tree named {id}.</Text>;
  // The walker grows with the answers: it starts at the top, and once the path is longer than the
  // screen it is anchored to the bottom, so the oldest answers scroll off and the question stays.
  return (
    <Box flexDirection="column" justifyContent={overflows ? 'flex-end' : 'flex-start'} width={props.width} height={props.height} overflow="hidden">
      {/* flexShrink 0: at its natural height, not squeezed to fit (squeezed text overlaps). */}
      <Box ref={walk} flexDirection="column" flexShrink={0} width={props.width}>
        <TreeWalker
          key={tree.id}
          tree={tree}
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
