// One exercise: task, goals checklist, findings with source lines, hints; edit, watch, re-check, reset.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Box, Text } from 'ink';
import { useKeys } from '../keys';
import { watch } from 'chokidar';
import { renderMarkdown } from '../../content/render';
import * as ws from '../workspace';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { useAppEnv } from '../env';
import { painter } from '../paint';
import { pickEditor, runEditor } from '../editor';
import { sourceExcerpt } from './lint';
import { clampOffset, ScrollView, position, useScroll } from '../components/scroll';

interface Checked {
  result: ws.CheckResult;
  lines: string[];
  at: Date;
}

/** The learner's text; a file deleted from outside reads as empty (and fails, as it should). */
function readCopy(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function ExerciseScreen({ width, height, active, route }: ScreenProps & { route: Route }) {
  const nav = useNav();
  const theme = useTheme();
  const { env } = useAppEnv();
  const id = route.name === 'exercise' ? route.id : '';
  const exercise = useMemo(() => ws.exercise(id), [id]);
  const workspace = ws.workspaceFor(env);
  const [file, setFile] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [hints, setHints] = useState<ws.Hint[]>(() => workspace.shownHints(id));
  const [everPassed, setEverPassed] = useState(() => workspace.solutionUnlocked(id));
  const [showSolution, setShowSolution] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(false);
  const fail = (error: unknown) => setMessage(`problem: ${error instanceof Error ? error.message : String(error)}`);

  // The working copy is made from the start file the first time the exercise opens.
  useEffect(() => {
    workspace.openWorkingCopy(id).then(({ path, created }) => {
      setFile(path);
      if (created) setMessage(`your copy: ${path}`);
    }, fail);
  }, [id, workspace]);

  const checkToken = useRef(0);
  const recheck = useCallback(() => {
    if (!file) return;
    const text = readCopy(file);
    const result = ws.checkAnswer(exercise, text);
    setChecked({ result, lines: text.split(/\r?\n/), at: new Date() });
    if (result.passed) setEverPassed(true);
    const warnings = ws.takeWarnings(env);
    if (warnings.length > 0) setMessage(warnings.join('; '));
    setRecorded(false);
    // Only the latest check may say "recorded": an earlier check's write can finish after this one starts.
    const token = ++checkToken.current;
    workspace.recordCheck(id, result).then(() => token === checkToken.current && setRecorded(true), fail);
  }, [file, id, exercise, workspace, env]);

  useEffect(() => recheck(), [recheck]);

  // A save from an editor in another window re-checks. Editors often save by writing a new file and
  // renaming it over the old one, so watch the folder, not the file.
  const recheckRef = useRef(recheck);
  recheckRef.current = recheck;
  useEffect(() => {
    if (!file) return;
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(dirname(file), { ignoreInitial: true, depth: 0 });
    // A save that landed while the watcher was starting would be missed: check once it is ready.
    watcher.on('ready', () => recheckRef.current());
    watcher.on('all', (_event, path) => {
      if (basename(path) !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => recheckRef.current(), 80);
    });
    return () => {
      clearTimeout(timer);
      void watcher.close();
    };
  }, [file]);

  useEffect(() => nav.capture(confirmReset), [confirmReset]);

  const edit = () => {
    if (!file) return;
    const editor = pickEditor(env);
    nav.suspend(() => {
      const outcome = runEditor(editor, file, env);
      setMessage(outcome.ok ? `back from ${editor}; checked again` : outcome.message!);
      recheckRef.current();
    });
  };

  useKeys(
    (input) => {
      if (input === 'e') edit();
      else if (input === 'c') {
        recheck();
        setMessage('checked again');
      } else if (input === 'h') {
        if (hints.length >= exercise.hints.length) {
          setMessage(`no more hints: all ${exercise.hints.length} are shown`);
          return;
        }
        workspace.nextHint(id).then((hint) => setHints((h) => [...h.filter((x) => x.index !== hint.index), hint]), fail);
      } else if (input === 'r') {
        nav.capture(true);
        setConfirmReset(true);
      }
      else if (input === 'n') {
        const next = ws.nextInOrder(id);
        if (next) nav.replace({ name: 'exercise', id: next });
        else setMessage('this is the last exercise');
      } else if (input === 'o' && exercise.sections[0]) {
        nav.push({ name: 'reference', section: exercise.sections[0] });
      } else if (input === 's') {
        if (everPassed) setShowSolution((s) => !s);
        else setMessage('the solution opens once your answer passes');
      }
    },
    { isActive: active && !confirmReset && file !== null },
  );

  useKeys(
    (input, key) => {
      if (input === 'y') {
        setConfirmReset(false);
        setShowSolution(false);
        workspace.resetExercise(id).then(() => {
          setMessage('reset to the broken start');
          recheckRef.current();
        }, fail);
      } else if (input === 'n' || key.escape || input === 'q') {
        setMessage('nothing reset');
        setConfirmReset(false);
      }
    },
    { isActive: active && confirmReset },
  );

  const p = painter(theme.color);
  const { body, hintsAt, solutionAt } = useMemo(() => {
    const out: string[] = [];
    // `[text](ref:id)` links read as the reference's own `(ref id)` notes; `o` opens the section.
    const md = (text: string) =>
      renderMarkdown(text.replace(/\]\(ref:([a-z0-9-]+)\)/g, '](#$1)'), { width: width - 1, color: theme.color })
        .replace(/\n+$/, '')
        .split('\n');
    out.push(...md(exercise.task), '');
    const hintsStart = out.length;
    for (const h of hints) out.push(...md(`**Hint ${h.index}/${h.total}:** ${h.text}`), '');
    if (checked) {
      const r = checked.result;
      out.push(p.bold('Goals'));
      for (const g of r.goals) {
        // Waiting (…): the goal builds on one that fails; the check's message says which.
        out.push(`${g.status === 'passed' ? p.green('✓') : g.status === 'waiting' ? p.gray('…') : p.red('✗')} ${g.description}`);
        if (g.message) out.push(`    ${g.status === 'waiting' ? `waiting: ${g.message}` : g.message}`);
      }
      const blocking = r.findings.filter((f) => f.severity !== 'info');
      out.push('', p.bold(r.findings.length === 0 ? 'Findings: none' : `Findings (${blocking.length} in the way of passing)`));
      for (const f of r.findings) {
        const sev = f.severity === 'error' ? p.red(f.severity) : f.severity === 'warning' ? p.yellow(f.severity) : p.gray(f.severity);
        out.push(`${f.span.start.line}:${f.span.start.column} ${sev} ${f.rule} ${f.message}`);
        out.push(...sourceExcerpt(checked.lines, f, width).map(p.gray));
      }
    }
    const solutionStart = out.length + 1;
    if (showSolution) {
      out.push('', p.bold('Reference solution (compare with yours):'), ...exercise.solution.replace(/\n+$/, '').split('\n').map((l) => `  ${l}`));
    }
    // The newest hint's first line, so revealing one scrolls it into view.
    const lastHint = hints.length > 0 ? hintsStart + out.slice(hintsStart).findIndex((l) => l.includes(`Hint ${hints.length}/`)) : 0;
    return { body: out, hintsAt: lastHint, solutionAt: solutionStart };
  }, [exercise, checked, hints, showSolution, width, theme.color]);

  const viewHeight = height - 3;
  const scroll = useScroll(body.length, viewHeight, active && !confirmReset, id);
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
  const goalsMet = r ? r.goals.filter((g) => g.passed).length : 0;
  const verdict = !r
    ? 'checking…'
    : r.passed
      ? `✓ PASSED${recorded ? ', recorded in your progress' : ''} · s compare with the reference solution · n next`
      : `✗ not yet: ${goalsMet}/${r.goals.length} goals, ${r.findings.filter((f) => f.severity !== 'info').length} finding(s) in the way`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" bold>
        {exercise.title}
        <Text color={theme.tone('muted')}>{`  ${id}`}</Text>
      </Text>
      <Text wrap="truncate-end" bold color={r ? theme.tone(r.passed ? 'good' : 'bad') : undefined}>
        {verdict}
      </Text>
      <ScrollView lines={body} offset={scroll.offset} height={viewHeight} width={width} />
      {confirmReset ? (
        <Text bold wrap="truncate-end" color={theme.tone('warn')}>
          Reset {id} to its broken start? Your edits are lost. y / n
        </Text>
      ) : (
        <Text wrap="truncate-end" color={theme.tone(message ? 'info' : 'muted')}>
          {[message ?? `file: ${file ?? '…'}`, position(scroll.offset, viewHeight, body.length)].filter(Boolean).join(' · ')}
        </Text>
      )}
    </Box>
  );
}
