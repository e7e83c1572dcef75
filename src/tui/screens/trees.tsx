// Decision trees: pick a tree, then walk it with the content layer's TreeWalker.
import { useMemo } from 'react';
import { Box, Text } from 'ink';
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
  if (!id) return <TreeList {...props} />;
  if (!tree) return <Text color={tone('bad')}>No decision tree named {id}.</Text>;
  // The walker grows with the answers; anchored to the bottom, a long path scrolls off the top
  // and the current question always stays in view.
  return (
    <Box flexDirection="column" justifyContent="flex-end" width={props.width} height={props.height} overflow="hidden">
      {/* flexShrink 0: at its natural height, not squeezed to fit (squeezed text overlaps). */}
      <Box flexDirection="column" flexShrink={0} width={props.width}>
        <TreeWalker
          key={tree.id}
          tree={tree}
          isActive={props.active}
          onOpenSection={(section) => nav.push({ name: 'reference', section })}
          onOpenTree={(next) => nav.replace({ name: 'trees', tree: next })}
        />
      </Box>
    </Box>
  );
}
