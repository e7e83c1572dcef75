// One exercise: task, goals checklist, findings with source lines, hints; edit, watch, re-check,
// reset. The view and its keys; the files are hooks/use-exercise-workspace's, the text is
// state/use-exercise-state's.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { useScreenMode } from '../keys';
import { useExerciseInput } from '../input/use-exercise-input';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { useAppEnv } from '../env';
import { painter } from '../paint';
import { pickEditor, runEditor } from '../editor';
import { clampOffset, ScrollView, position, useScroll } from '../components/scroll';
import { useExerciseWorkspace } from '../hooks/use-exercise-workspace';
import { exerciseBody, exerciseStatus, verdictLine } from '../state/use-exercise-state';

export function ExerciseScreen({ width, height, active, route }: ScreenProps & { route: Route }) {
  const nav = useNav();
  const theme = useTheme();
  const { env } = useAppEnv();
  const id = route.name === 'exercise' ? route.id : '';
  const [message, setMessage] = useState<string | null>(null);
  const work = useExerciseWorkspace(id, env, setMessage);
  const { exercise, file, checked, hints, problem } = work;
  const [showSolution, setShowSolution] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const mode: 'main' | 'confirm' = confirmReset ? 'confirm' : 'main';
  useScreenMode(mode, active);
  useEffect(() => nav.capture(confirmReset), [confirmReset]);

  const edit = () => {
    if (!file) return;
    const editor = pickEditor(env);
    nav.suspend(() => {
      const outcome = runEditor(editor, file, env);
      setMessage(outcome.ok ? `back from ${editor}; checked again` : outcome.message!);
      work.recheck();
    });
  };

  useExerciseInput(mode, active, file !== null, {
    edit,
    check: () => {
      work.recheck();
      setMessage('checked again');
    },
    hint: work.nextHint,
    askReset: () => {
      // A working copy that is gone holds no edits to lose: put the start file back at once.
      if (problem?.missing) {
        setShowSolution(false);
        void work.reset();
        return;
      }
      nav.capture(true);
      setConfirmReset(true);
    },
    next: () => {
      const next = work.nextExercise();
      if (next) nav.replace({ name: 'exercise', id: next });
      else setMessage('this is the last exercise');
    },
    section: () => exercise.sections[0] && nav.push({ name: 'reference', section: exercise.sections[0] }),
    solution: () => {
      if (work.everPassed) setShowSolution((s) => !s);
      else setMessage('the solution opens once your answer passes');
    },
    confirmReset: () => {
      setConfirmReset(false);
      setShowSolution(false);
      void work.reset();
    },
    keep: () => {
      setMessage('nothing reset');
      setConfirmReset(false);
    },
  });

  const p = painter(theme.color);
  const { body, hintsAt, solutionAt } = useMemo(
    () => exerciseBody(exercise, checked, hints, showSolution, width, theme.color, p, file, problem),
    [exercise, checked, hints, showSolution, width, theme.color, file, problem],
  );

  const viewHeight = height - 3;
  const scroll = useScroll('exercise', 'main', body.length, viewHeight, active && mode === 'main', id);
  const { setOffset } = scroll;
  const hintCount = useRef(hints.length);
  useEffect(() => {
    if (hints.length > hintCount.current) setOffset(clampOffset(hintsAt, body.length, viewHeight));
    hintCount.current = hints.length;
  }, [hints.length]);
  useEffect(() => {
    if (showSolution) setOffset(clampOffset(solutionAt, body.length, viewHeight));
  }, [showSolution]);

  const r = checked?.result;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" bold>
        {exercise.title}
        <Text color={theme.tone('muted')}>{`  ${id}`}</Text>
      </Text>
      <Text wrap="truncate-end" bold color={problem ? theme.tone('bad') : r ? theme.tone(r.passed ? 'good' : 'bad') : undefined}>
        {verdictLine(problem ? undefined : r, work.recorded, width, problem)}
      </Text>
      <ScrollView lines={body} offset={scroll.offset} height={viewHeight} width={width} />
      {confirmReset ? (
        <Text bold wrap="truncate-end" color={theme.tone('warn')}>
          Reset {id} to its broken start? Your edits are lost. y / n
        </Text>
      ) : (
        <Text wrap="truncate-end" color={theme.tone(message ? 'info' : 'muted')}>
          {exerciseStatus(message, file, env.HOME, position(scroll.offset, viewHeight, body.length), width)}
        </Text>
      )}
    </Box>
  );
}
