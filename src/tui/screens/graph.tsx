// Stage graph: the drawing of `graph FILE [--target NAME]`, scrollable, for any Dockerfile.
import { useEffect, useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../keys';
import { buildModel } from '../../engine/model';
import { stageGraph, UnknownStageError } from '../../engine/graph';
import { drawGraph } from '../../cli/commands/graph';
import { useNav, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ScrollView, position, useScroll } from '../components/scroll';
import { LineInput, useLineInput } from '../components/text-input';
import { usePathPrompt } from '../components/path-prompt';

export function GraphScreen({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const theme = useTheme();
  const prompt = usePathPrompt(active);
  const [target, setTarget] = useState('');
  const [targetEditing, setTargetEditing] = useState(false);
  const [applied, setApplied] = useState('');

  useEffect(() => nav.capture(prompt.editing || targetEditing), [prompt.editing, targetEditing]);

  const { lines, problem } = useMemo(() => {
    const l = prompt.loaded;
    if (!l) return { lines: [] as string[], problem: null };
    if ('error' in l) return { lines: [], problem: l.error };
    try {
      return { lines: drawGraph(stageGraph(buildModel(l.text), applied || null), { color: theme.color, file: l.path }), problem: null };
    } catch (error) {
      if (error instanceof UnknownStageError) {
        return { lines: [], problem: `--target ${applied}: no such stage (stages: ${error.stages.join(', ') || 'none named'}); press t` };
      }
      throw error;
    }
  }, [prompt.loaded, applied, theme.color]);

  const bodyHeight = height - 2;
  const scroll = useScroll(lines.length, bodyHeight, active && !prompt.editing && !targetEditing, `${prompt.version}:${applied}`);

  useLineInput(setTarget, active && targetEditing, () => {
    setApplied(target.trim());
    setTargetEditing(false);
  }, () => setTargetEditing(false));

  useKeys(
    (input) => {
      if (input === '/') {
        nav.capture(true);
        prompt.edit();
      } else if (input === 't' && prompt.loaded) {
        nav.capture(true);
        setTargetEditing(true);
      }
    },
    { isActive: active && !prompt.editing && !targetEditing },
  );

  return (
    <Box flexDirection="column" width={width} height={height}>
      {targetEditing ? (
        <LineInput label="--target (empty: plain build): " value={target} editing width={width} />
      ) : (
        <LineInput label="Dockerfile: " value={prompt.path} editing={prompt.editing} width={width} />
      )}
      <Text color={theme.tone('muted')} wrap="truncate-end">
        {prompt.editing
          ? 'Enter draws the graph of this file · Esc back'
          : [applied ? `--target ${applied}` : 'plain build', position(scroll.offset, bodyHeight, lines.length), 't target · / file'].filter(Boolean).join(' · ')}
      </Text>
      {problem ? (
        <Text color={theme.tone('bad')} wrap="wrap">
          {problem}
        </Text>
      ) : (
        <ScrollView lines={lines} offset={scroll.offset} height={bodyHeight} width={width} />
      )}
    </Box>
  );
}
