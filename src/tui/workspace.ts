// The exercises layer in the shape the screens use: one Workspace per app, warnings kept for the
// screen (stderr would scribble over the full-screen frame).
import { listExercises, loadExercise, Workspace, type Exercise } from '../exercises';
import type { Status as StoredStatus } from '../exercises';

export type { CheckResult, Exercise, Hint } from '../exercises';
export { checkAnswer } from '../exercises';
export type Status = 'done' | 'in progress' | 'new';

export interface ExerciseEntry {
  id: string;
  title: string;
  /** The team pack it comes from (--exercises, or `exercises:` in the settings file); null for the built-in ones. */
  pack: string | null;
  status: Status;
}

const shown: Record<StoredStatus, Status> = { passed: 'done', 'in-progress': 'in progress', new: 'new' };
const byEnv = new WeakMap<NodeJS.ProcessEnv, { ws: Workspace; warnings: string[] }>();

function entryFor(env: NodeJS.ProcessEnv) {
  let found = byEnv.get(env);
  if (!found) {
    const warnings: string[] = [];
    found = { ws: new Workspace({ env, onWarning: (line) => warnings.push(line) }), warnings };
    byEnv.set(env, found);
  }
  return found;
}

export function workspaceFor(env: NodeJS.ProcessEnv): Workspace {
  return entryFor(env).ws;
}

/** Warnings not shown yet (a damaged progress file set aside), each returned once. */
export function takeWarnings(env: NodeJS.ProcessEnv): string[] {
  const { warnings } = entryFor(env);
  return warnings.splice(0, warnings.length);
}

export function exerciseList(env: NodeJS.ProcessEnv): ExerciseEntry[] {
  const ws = workspaceFor(env);
  const progress = ws.readProgress().exercises;
  return listExercises().map((e) => ({ id: e.id, title: e.title, pack: e.pack ?? null, status: shown[progress[e.id]?.status ?? 'new'] }));
}

export function progressSummary(env: NodeJS.ProcessEnv): { done: number; total: number } {
  const list = exerciseList(env);
  return { done: list.filter((e) => e.status === 'done').length, total: list.length };
}

export function exercise(id: string): Exercise {
  return loadExercise(id);
}

/** The next exercise in curriculum order, or null after the last. */
export function nextInOrder(id: string): string | null {
  const list = listExercises();
  return list[list.findIndex((e) => e.id === id) + 1]?.id ?? null;
}
