// Walks one decision tree a question at a time: choose with the arrows (or 1-9) and Enter,
// b or Backspace goes back one answer, r starts again. Ends in the recommendation.
// Reusable: the command `tree NAME` runs it on its own, the full-screen app embeds it.
import { useEffect, useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { ChoiceList } from '../components/choice-list';
import { walkTree, type Detection, type Leaf, type Tree } from '../../content';
import { useTheme } from '../theme';
import { useBindings, useScreenMode } from '../keys';
import { useTerminalSize } from '../size';
import { painter } from '../paint';
import { wrapLine } from '../../content/wrap';

/**
 * Text wrapped at spaces to `width` columns as one string of lines: Ink's own wrapping keeps the
 * space it breaks at, which starts the next line (" build, cargo build"); this drops it.
 */
export function wrapped(text: string, width: number, indent = 0): string {
  return wrapLine(text, Math.max(8, width), indent).join('\n');
}

export interface TreeWalkerProps {
  tree: Tree;
  /** "Read the section" on the recommendation. */
  onOpenSection?: (sectionId: string) => void;
  /** "Walk the next tree" when the recommendation names one. */
  onOpenTree?: (treeId: string) => void;
  /** q or Esc; when absent those keys are left to the host. */
  onExit?: () => void;
  /** Answers already given (e.g. read from a Dockerfile); the walk starts after them. */
  initialAnswers?: string[];
  /** Answers read from a Dockerfile, by question ID: shown with their line, and preselected. */
  detections?: Record<string, Detection>;
  /** False while the host shows something over it: keys are ignored. */
  isActive?: boolean;
  /** The host shows the keys in its own footer. */
  hideKeys?: boolean;
  /** Told after each answer, back or restart (a host that lays the walk out needs to know). */
  onAnswersChange?: (answers: readonly string[]) => void;
  /** Columns to wrap the text at (default: the terminal's width). */
  width?: number;
}

type Action = { kind: 'section' } | { kind: 'tree'; tree: string } | { kind: 'restart' } | { kind: 'back' } | { kind: 'exit' };

export function TreeWalker({
  tree,
  onOpenSection,
  onOpenTree,
  onExit,
  initialAnswers = [],
  detections = {},
  isActive = true,
  hideKeys = false,
  onAnswersChange,
  width: givenWidth,
}: TreeWalkerProps) {
  const theme = useTheme();
  const { columns } = useTerminalSize();
  const width = givenWidth ?? columns;
  const p = painter(theme.color);
  // An answer's label sits after the two columns of the selection marker.
  const label = (text: string) => wrapped(text, width - 2);
  const [answers, setAnswers] = useState<string[]>(() => {
    const walked = walkTree(tree, initialAnswers);
    return walked.status === 'invalid' ? [] : walked.path.map((s) => s.answer.answer);
  });
  useEffect(() => onAnswersChange?.(answers), [answers, onAnswersChange]);
  const result = useMemo(() => walkTree(tree, answers), [tree, answers]);

  // The answer just taken back: the question it answered comes back with the cursor on it.
  const [undone, setUndone] = useState<string | null>(null);
  const back = () =>
    setAnswers((a) => {
      setUndone(a[a.length - 1] ?? null);
      return a.slice(0, -1);
    });
  const restart = () => {
    setUndone(null);
    setAnswers([]);
  };
  // The key table's modes: no undo or restart before the first answer, where they would do nothing.
  const mode = result.status === 'leaf' ? 'leaf' : answers.length === 0 ? 'first' : 'question';
  useScreenMode(mode, isActive);
  useBindings('trees', mode, { undo: back, restart }, isActive, (input, key) => {
    if (onExit && (input === 'q' || key.escape)) onExit();
  });
  const preselect = (q: { id: string; answers: { answer: string }[] }) => {
    const again = q.answers.findIndex((a) => a.answer === undone);
    if (again >= 0) return again;
    return Math.max(
      0,
      q.answers.findIndex((a) => a.answer === detections[q.id]?.answer),
    );
  };

  const fromFile = (questionId: string, answer: string) => {
    const d = detections[questionId];
    return d && d.answer === answer ? d : null;
  };

  return (
    <Box flexDirection="column">
      <Box marginBottom={1}>
        <Text bold color={theme.tone('accent')}>
          {wrapped(tree.title, width)}
        </Text>
      </Box>
      {result.path.map((step, i) => {
        const d = fromFile(step.question.id, step.answer.answer);
        const from = d ? p.gray(`  (from ${d.line ? `line ${d.line}` : 'the file'}: ${d.because})`) : '';
        return (
          <Box key={i} flexDirection="column">
            <Text color={theme.tone('muted')}>{wrapped(step.question.text, width)}</Text>
            <Text>{wrapped(`  → ${p.green(step.answer.label)}${from}`, width, 4)}</Text>
          </Box>
        );
      })}
      <Box marginTop={1} flexDirection="column">
        {result.status === 'question' && (
          <>
            <Text bold>{wrapped(result.question.text, width)}</Text>
            {result.question.help && <Text color={theme.tone('muted')}>{wrapped(result.question.help, width)}</Text>}
            <ChoiceList
              key={`${result.question.id}:${answers.length}`}
              screen="trees"
              mode={mode}
              active={isActive}
              items={result.question.answers.map((a) => ({ key: a.answer, label: label(a.label), value: a.answer }))}
              initialIndex={preselect(result.question)}
              onSelect={(item) => {
                setUndone(null);
                setAnswers((a) => [...a, item.value]);
              }}
            />
          </>
        )}
        {result.status === 'leaf' && (
          <Recommendation
            leaf={result.leaf}
            width={width}
            isActive={isActive}
            actions={[
              ...(onOpenSection ? [{ label: `Read the reference: ${result.leaf.section}`, value: { kind: 'section' } as Action }] : []),
              ...(onOpenTree && result.leaf.tree
                ? [{ label: `Walk the next tree: ${result.leaf.tree}`, value: { kind: 'tree', tree: result.leaf.tree } as Action }]
                : []),
              { label: 'Go back one answer', value: { kind: 'back' } },
              { label: 'Start again', value: { kind: 'restart' } },
              ...(onExit ? [{ label: 'Done', value: { kind: 'exit' } as Action }] : []),
            ]}
            onAction={(action) => {
              if (action.kind === 'section') onOpenSection?.(result.leaf.section);
              else if (action.kind === 'tree') onOpenTree?.(action.tree);
              else if (action.kind === 'back') back();
              else if (action.kind === 'restart') restart();
              else onExit?.();
            }}
          />
        )}
      </Box>
      {hideKeys ? null : (
        <Box marginTop={1}>
          <Text color={theme.tone('muted')}>
            {answers.length === 0 ? '↑↓ choose · Enter select' : '↑↓ choose · Enter select · b back · r restart'}
            {onExit ? ' · q quit' : ''}
          </Text>
        </Box>
      )}
    </Box>
  );
}

function Recommendation({
  leaf,
  actions,
  onAction,
  isActive,
  width,
}: {
  leaf: Leaf;
  actions: { label: string; value: Action }[];
  onAction: (a: Action) => void;
  isActive: boolean;
  width: number;
}) {
  const theme = useTheme();
  const p = painter(theme.color);
  return (
    <Box flexDirection="column">
      <Text bold color={theme.tone('good')}>
        {wrapped(`→ ${leaf.title}`, width, 2)}
      </Text>
      {leaf.images.map((image) => (
        <Text key={image.ref}>{wrapped(`  ${image.ref} ${p.gray(image.size)}`, width, 4)}</Text>
      ))}
      <Text>{wrapped(leaf.why, width)}</Text>
      <Text color={theme.tone('muted')}>{wrapped(`Read next: multistage-tutor ref ${leaf.section}`, width)}</Text>
      <Box marginTop={1}>
        <ChoiceList
          key={leaf.id}
          screen="trees"
          mode="leaf"
          active={isActive}
          items={actions.map((a, i) => ({ key: String(i), label: wrapped(a.label, width - 2), value: a.value }))}
          onSelect={(item) => onAction(item.value)}
        />
      </Box>
    </Box>
  );
}
