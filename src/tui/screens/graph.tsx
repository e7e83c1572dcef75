// Stage graph: the drawing of `graph FILE [--target NAME]`, scrollable, for any Dockerfile.
// The view; state in state/use-graph-state, keys in the key table's `graph` modes.
import { useEffect, useMemo, useReducer } from 'react';
import { Box, Text } from 'ink';
import { useScreenMode } from '../keys';
import { useGraphInput } from '../input/use-graph-input';
import { useNav, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ScrollView, position, useScroll, wrapLines } from '../components/scroll';
import { LineInput, useTextField } from '../components/text-input';
import { usePathPrompt } from '../hooks/use-path-prompt';
import { drawFile, graphMode, initialTargetState, targetReducer } from '../state/use-graph-state';
import { displaySafe } from '../../content/terminal-safe';

export function GraphScreen({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const theme = useTheme();
  const prompt = usePathPrompt('graph', active);
  const [targetState, dispatchTarget] = useReducer(targetReducer, initialTargetState);
  const { applied } = targetState;
  const mode = graphMode(prompt.editing, targetState.editing);
  useScreenMode(mode, active);
  useEffect(() => nav.capture(mode !== 'view'), [mode]);

  const { lines, problem } = useMemo(() => {
    const l = prompt.loaded;
    if (!l) return { lines: [] as string[], problem: null };
    if ('error' in l) return { lines: [], problem: l.error };
    return drawFile(l.text, l.path, applied, theme.color);
  }, [prompt.loaded, applied, theme.color]);

  // A refused target is said above the drawing it leaves in place, wrapped, never cut.
  const refused = mode === 'target' && targetState.problem ? wrapLines([displaySafe(targetState.problem)], width, 2) : [];
  const bodyHeight = Math.max(1, height - 2 - refused.length);
  // Long lines wrap under themselves (indented) instead of ending in "…" at a small width.
  const shown = useMemo(
    () =>
      wrapLines(
        lines.map((l) => displaySafe(l, { keepColor: true })),
        width,
        4,
      ),
    [lines, width],
  );
  const scroll = useScroll('graph', 'view', shown.length, bodyHeight, active && mode === 'view', `${prompt.version}:${applied}`);

  const target = useTextField(
    'graph',
    'target',
    '',
    active && mode === 'target',
    (value) => {
      const next = value.trim();
      // An unknown target keeps the field open on it, so it can be mended at once (typing replaces
      // it); the drawing and the target in force stay as they were until one is drawn.
      const l = prompt.loaded;
      const drawn = l && 'text' in l ? drawFile(l.text, l.path, next, false) : null;
      const refusal = drawn?.unknownTarget ? drawn.problem : null;
      dispatchTarget({ type: 'submit', value: next, problem: refusal });
      if (refusal) target.set(next, true);
    },
    () => dispatchTarget({ type: 'cancel' }),
  );

  const openTarget = () => {
    nav.capture(true);
    // The field opens on the target in force, selected: typing replaces it.
    target.set(applied, true);
    dispatchTarget({ type: 'open' });
  };

  useGraphInput(active && mode === 'view', { editPath: prompt.edit, openTarget: () => prompt.loaded && openTarget() });

  const status =
    mode === 'view'
      ? [applied ? `--target ${applied}` : 'plain build', position(scroll.offset, bodyHeight, shown.length)].filter(Boolean).join(' · ')
      : mode === 'target'
        ? targetState.problem
          ? `mend the stage; Esc keeps ${applied ? `--target ${applied}` : 'the plain build'}`
          : 'the stage to build (--target); empty: a plain build'
        : prompt.loaded && 'error' in prompt.loaded
          ? 'mend the path and press Enter (Ctrl-U clears it)'
          : 'which Dockerfile? typing replaces the default';
  return (
    <Box flexDirection="column" width={width} height={height}>
      {mode === 'target' ? (
        <LineInput
          label="--target (empty: plain build): "
          value={target.state.value}
          pristine={target.state.pristine}
          editing
          width={width}
        />
      ) : (
        <LineInput label="Dockerfile: " value={prompt.path} pristine={prompt.pristine} editing={prompt.editing} width={width} />
      )}
      <Text color={theme.tone('muted')} wrap="truncate-end">
        {status}
      </Text>
      {refused.map((line, i) => (
        <Text key={i} color={theme.tone('bad')} wrap="truncate-end">
          {line}
        </Text>
      ))}
      {problem ? (
        <Text color={theme.tone('bad')} wrap="wrap">
          {displaySafe(problem)}
        </Text>
      ) : (
        <ScrollView lines={shown} offset={scroll.offset} height={bodyHeight} width={width} />
      )}
    </Box>
  );
}
