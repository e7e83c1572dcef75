// Decision trees: placeholder until src/tui/tree lands.
import { Text } from 'ink';
import type { ScreenProps } from '../nav';

export function TreesScreen(_props: ScreenProps) {
  return <Text>Decision trees are coming.</Text>;
}
