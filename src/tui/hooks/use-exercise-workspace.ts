// The exercise screen's hold on the file system, over the exercises layer: the working copy made
// on first open, re-checked when it is saved (from any editor), hints, reset and progress. The
// screen gets state and commands; it never reads or writes a file itself.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { watch } from 'chokidar';
import * as ws from '../workspace';
import type { CopyProblem } from '../state/use-exercise-state';
import { lintDay } from '../../content/lint-day';
import { activeSettings, lintOptionsFor } from '../../settings';

export interface Checked {
  result: ws.CheckResult;
  lines: string[];
  at: Date;
}

/**
 * The learner's text, or why there is none: a copy deleted (or made unreadable) from outside is
 * not an empty answer to judge, it is a file to put back.
 */
function readCopy(path: string): { text: string } | { problem: CopyProblem } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true } : { missing: false, reason: code ?? String(error) } };
  }
}

export function useExerciseWorkspace(id: string, env: NodeJS.ProcessEnv, say: (message: string) => void) {
  const exercise = useMemo(() => ws.exercise(id), [id]);
  const workspace = ws.workspaceFor(env);
  const [file, setFile] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [hints, setHints] = useState<ws.Hint[]>(() => workspace.shownHints(id));
  const [everPassed, setEverPassed] = useState(() => workspace.solutionUnlocked(id));
  const [recorded, setRecorded] = useState(false);
  const [problem, setProblem] = useState<CopyProblem | null>(null);
  const sayRef = useRef(say);
  sayRef.current = say;
  const fail = useCallback((error: unknown) => sayRef.current(`problem: ${error instanceof Error ? error.message : String(error)}`), []);

  // The working copy is made from the start file the first time the exercise opens.
  useEffect(() => {
    workspace.openWorkingCopy(id).then(({ path, created }) => {
      setFile(path);
      if (created) sayRef.current(`your copy: ${path}`);
    }, fail);
  }, [id, workspace]);

  const checkToken = useRef(0);
  const recheck = useCallback(() => {
    if (!file) return;
    const read = readCopy(file);
    // Nothing to judge (and nothing recorded): the screen says how to put the file back.
    setProblem('problem' in read ? read.problem : null);
    if ('problem' in read) {
      ++checkToken.current;
      setRecorded(false);
      return setChecked(null);
    }
    const { text } = read;
    const today = lintDay(env);
    // A team's settings file applies to answers too, as in `check`.
    const result = ws.checkAnswer(exercise, text, { ...(lintOptionsFor(activeSettings(), file) ?? {}), ...(today ? { today } : {}) });
    setChecked({ result, lines: text.split(/\r?\n|\r/), at: new Date() });
    if (result.passed) setEverPassed(true);
    const warnings = ws.takeWarnings(env);
    if (warnings.length > 0) sayRef.current(warnings.join('; '));
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

  return {
    exercise,
    file,
    checked,
    /** The working copy cannot be read (deleted from outside, most likely): nothing is checked. */
    problem,
    hints,
    everPassed,
    recorded,
    recheck: () => recheckRef.current(),
    nextHint: () => {
      if (hints.length >= exercise.hints.length) return sayRef.current(`no more hints: all ${exercise.hints.length} are shown`);
      workspace.nextHint(id).then((hint) => setHints((h) => [...h.filter((x) => x.index !== hint.index), hint]), fail);
    },
    reset: () =>
      workspace.resetExercise(id).then(() => {
        sayRef.current('reset to the broken start');
        recheckRef.current();
      }, fail),
    nextExercise: () => ws.nextInOrder(id),
  };
}
