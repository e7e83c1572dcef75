// The exercises layer: the curriculum, the checker, and the learner's workspace.
//
// For screens and commands:
//   listExercises(): Exercise[]               the built-in ones in curriculum order, then team packs' (id, title, pack, task, hints, goals, …)
//   addExercisePack(dir, cwd): string         a team's folder of exercises, IDs `<pack>/<ID>`; exercise.pack says which
//   loadExercise(id): Exercise                throws UnknownExerciseError; closeExerciseIds(id) for "did you mean"
//   findExerciseId(typed): string | undefined  the ID meant by any letter case or by its number in the list
//   checkAnswer(exercise, text): CheckResult  { passed, findings (all of lint's), goals: {id, description, passed}[] }
//   checkWorkingCopy(id): Promise<{ path, text, result }>  check the working copy and record the result
//   nextExercise(id?): Exercise | undefined   the first exercise after `id` (or at all) not yet passed
//   sectionLinks(markdown): string[]          reference section IDs linked as `[text](ref:<id>)`
//   plainLinks(markdown): string              `[text](ref:id)` → `text (multistage-tutor ref id)` for plain output
//
// Workspace (files under $MULTISTAGE_TUTOR_HOME, else ~/.local/share/multistage-tutor on Linux):
//   workingCopyPath(id): string               exercises/<id>/Dockerfile (may not exist yet)
//   openWorkingCopy(id): Promise<{ path, created }>   creates it from the start file once; never overwrites
//   readProgress(): Progress                  { version: 1, exercises: { [id]: { status, hintsShown, checks, … } } }
//   exerciseStatus(id): 'new' | 'in-progress' | 'passed'
//   recordCheck(id, result), nextHint(id), allHints(id), shownHints(id), solutionUnlocked(id)
//   resetExercise(id), resetAll()             put start files back (the caller asks the learner first)
// These use one Workspace built from process.env that warns on stderr; commands and tests build
// their own with `new Workspace({ env, home, onWarning })`.
import { checkAnswer } from './checker';
import { exerciseIds, loadExercise } from './catalog';
import { Workspace, type Hint, type Progress, type ProgressEntry, type Status } from './workspace';
import type { CheckResult, Exercise } from './types';

export { blocksPass, checkAnswer } from './checker';
export { addExercisePack, closeExerciseIds, exerciseIds, exercisesDir, findExerciseId, hasExercise, listExercises, loadExercise, removeExercisePacks, UnknownExerciseError } from './catalog';
export { PackError, packNameOf, packNames } from './packs';
export { goalHolds, GOAL_KINDS } from './goals';
export { defaultHome, parseProgress, Workspace } from './workspace';
export type { Hint, Progress, ProgressEntry, Status, WorkspaceOptions } from './workspace';
export type * from './types';

let shared: Workspace | null = null;

export function defaultWorkspace(): Workspace {
  shared ??= new Workspace({ onWarning: (line) => process.stderr.write(`multistage-tutor: warning: ${line}\n`) });
  return shared;
}

export const workingCopyPath = (id: string): string => defaultWorkspace().workingCopyPath(id);
export const openWorkingCopy = (id: string): Promise<{ path: string; created: boolean }> => defaultWorkspace().openWorkingCopy(id);
export const readProgress = (): Progress => defaultWorkspace().readProgress();
export const exerciseStatus = (id: string): Status => defaultWorkspace().status(id);
export const progressEntry = (id: string): ProgressEntry => defaultWorkspace().entry(id);
export const recordCheck = (id: string, result: Pick<CheckResult, 'passed'>): Promise<ProgressEntry> => defaultWorkspace().recordCheck(id, result);
export const nextHint = (id: string): Promise<Hint> => defaultWorkspace().nextHint(id);
export const allHints = (id: string): Promise<Hint[]> => defaultWorkspace().allHints(id);
export const shownHints = (id: string): Hint[] => defaultWorkspace().shownHints(id);
export const solutionUnlocked = (id: string): boolean => defaultWorkspace().solutionUnlocked(id);
export const resetExercise = (id: string): Promise<string> => defaultWorkspace().resetExercise(id);
export const resetAll = (): Promise<void> => defaultWorkspace().resetAll();

/** Checks the working copy (creating it on first use) and records the result. */
export async function checkWorkingCopy(
  id: string,
  workspace: Workspace = defaultWorkspace(),
): Promise<{ path: string; text: string; result: CheckResult }> {
  const text = await workspace.readWorkingCopy(id);
  const result = checkAnswer(loadExercise(id), text);
  await workspace.recordCheck(id, result);
  return { path: workspace.workingCopyPath(id), text, result };
}

/** The first exercise after `afterId` (wrapping round) that has not passed yet. */
export function nextExercise(afterId?: string, workspace: Workspace = defaultWorkspace()): Exercise | undefined {
  const ids = exerciseIds();
  const progress = workspace.readProgress();
  const start = afterId ? ids.indexOf(afterId) + 1 : 0;
  const order = [...ids.slice(start), ...ids.slice(0, start)];
  const id = order.find((i) => i !== afterId && progress.exercises[i]?.status !== 'passed');
  return id ? loadExercise(id) : undefined;
}

const LINK = /\[([^\]]+)\]\(ref:([a-z0-9-]+)\)/g;

export function sectionLinks(markdown: string): string[] {
  return [...markdown.matchAll(LINK)].map((m) => m[2]!);
}

export function plainLinks(markdown: string): string {
  return markdown.replace(LINK, (_all, text: string, id: string) => `${text} (multistage-tutor ref ${id})`);
}

