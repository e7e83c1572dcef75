// The exercises layer in the shape the screens use; one place to follow its API.
import { listExercises, loadExercise } from '../exercises/catalog';
import { checkAnswer } from '../exercises/checker';
import type { CheckResult, Exercise } from '../exercises/types';

export type { CheckResult, Exercise };
export type Status = 'done' | 'in progress' | 'new';

export interface ExerciseEntry {
  id: string;
  title: string;
  status: Status;
}

export function exerciseList(): ExerciseEntry[] {
  return listExercises().map((e) => ({ id: e.id, title: e.title, status: 'new' }));
}

export function progressSummary(): { done: number; total: number } {
  const list = exerciseList();
  return { done: list.filter((e) => e.status === 'done').length, total: list.length };
}

export function exercise(id: string): Exercise {
  return loadExercise(id);
}

export function workingCopy(id: string): string {
  throw new Error(`no workspace yet for ${id}`);
}

export function check(id: string, text: string): CheckResult {
  return checkAnswer(loadExercise(id), text);
}

export function hintsShown(_id: string): string[] {
  return [];
}

export function revealHint(_id: string): string | null {
  return null;
}

export function reset(_id: string): void {}

export function nextExercise(id: string): string | null {
  const list = exerciseList();
  const i = list.findIndex((e) => e.id === id);
  return list[i + 1]?.id ?? null;
}
