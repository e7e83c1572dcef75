// ink-select-input's marker and item drawn in the theme's colours: its own are always blue, and
// chalk ignores NO_COLOR, so without these a `tree` walk under NO_COLOR still printed colour.
import { Box, Text } from 'ink';
import { useTheme } from '../theme';

export function SelectIndicator({ isSelected = false }: { isSelected?: boolean }) {
  const theme = useTheme();
  // Two columns that never shrink: beside a label as wide as the screen, the marker keeps its space.
  return (
    <Box width={2} flexShrink={0}>
      <Text color={theme.tone('info')}>{isSelected ? '❯ ' : '  '}</Text>
    </Box>
  );
}

export function SelectItem({ isSelected = false, label }: { isSelected?: boolean; label: string }) {
  const theme = useTheme();
  return <Text color={isSelected ? theme.tone('info') : undefined}>{label}</Text>;
}
