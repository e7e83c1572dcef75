// The exercises shipped in exercises/<ID>/, and those of team packs (packs.ts) as <pack>/<ID>:
// read from disk once, checked for shape on load.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearPacks, packDir, packNames, registerPack, splitPackId } from './packs';
import { didYouMean } from '../engine/did-you-mean';
import { packageFolder } from '../content/paths';
import { GOAL_KINDS } from './goals';
import type { Exercise, ExerciseData } from './types';

let root: string | null = null;

/** The exercises/ folder, found as content/ is (MULTISTAGE_TUTOR_EXERCISES overrides it). */
export function exercisesDir(): string {
  return (root ??= packageFolder('exercises', 'schema.json', process.env.MULTISTAGE_TUTOR_EXERCISES));
}

const cache = new Map<string, Exercise>();
let ids: string[] | null = null;

/** Every exercise ID: the built-in ones in curriculum order, then each team pack's (`pack/ID`) in its order. */
export function exerciseIds(): string[] {
  if (ids) return ids;
  const inFolder = (dir: string, prefix: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'exercise.json')))
      .map((e) => loadExercise(prefix + e.name))
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => e.id);
  ids = [...inFolder(exercisesDir(), ''), ...packNames().flatMap((pack) => inFolder(packDir(pack)!, `${pack}/`))];
  return ids;
}

/** Adds a team pack (see packs.ts); its exercises are `<pack>/<ID>` from now on. Returns the pack's name. */
export function addExercisePack(dir: string, cwd: string): string {
  const name = registerPack(dir, cwd);
  ids = null;
  return name;
}

/** For tests: back to the built-in exercises only. */
export function removeExercisePacks(): void {
  clearPacks();
  ids = null;
  for (const id of [...cache.keys()]) if (splitPackId(id)) cache.delete(id);
}

/** The folder of an exercise ID (built-in or `pack/ID`), or null when the ID cannot name one. */
function folderOf(id: string): string | null {
  const pack = splitPackId(id);
  if (pack) {
    const dir = packDir(pack.pack);
    return dir && /^[a-z0-9-]+$/.test(pack.name) ? join(dir, pack.name) : null;
  }
  return /^[a-z0-9-]+$/.test(id) ? join(exercisesDir(), id) : null;
}

export function listExercises(): Exercise[] {
  return exerciseIds().map((id) => loadExercise(id));
}

export function hasExercise(id: string): boolean {
  const dir = folderOf(id);
  return dir !== null && existsSync(join(dir, 'exercise.json'));
}

/**
 * The exercise ID a learner means: the ID in any letter case (`Syntax-Directive`), or its number
 * in the list `multistage-tutor exercises` prints (`2`). Undefined when it names none.
 */
export function findExerciseId(query: string): string | undefined {
  const q = query.trim().toLowerCase();
  if (/^\d+$/.test(q)) return exerciseIds()[Number(q) - 1];
  return hasExercise(q) ? q : undefined;
}

/** Loads one exercise; throws UnknownExerciseError for an ID that names none. */
export function loadExercise(id: string): Exercise {
  const cached = cache.get(id);
  if (cached) return cached;
  if (!hasExercise(id)) throw new UnknownExerciseError(id);
  const dir = folderOf(id)!;
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const data = JSON.parse(read('exercise.json')) as ExerciseData;
  assertShape(id, data, dir);
  const pack = splitPackId(id)?.pack;
  const exercise: Exercise = { ...data, id, dir, task: read('task.md'), start: read('start.Dockerfile'), solution: read('solution.Dockerfile'), ...(pack ? { pack } : {}) };
  cache.set(id, exercise);
  return exercise;
}

export class UnknownExerciseError extends Error {
  constructor(readonly id: string) {
    super(`unknown exercise '${id}'`);
  }
}

/** Up to three IDs close to what was typed, best first (edit distance, or one inside the other). */
export function closeExerciseIds(query: string): string[] {
  return didYouMean(query, exerciseIds(), { substring: true, maxDistance: Math.max(3, Math.floor(query.trim().length / 3)) });
}

/** A broken exercise file is our bug: say which file and what, not a TypeError later. */
function assertShape(id: string, data: ExerciseData, dir: string): void {
  const fail = (what: string) => {
    throw new Error(`${splitPackId(id) ? join(dir, 'exercise.json') : `exercises/${id}/exercise.json`}: ${what}`);
  };
  if (typeof data.title !== 'string' || typeof data.order !== 'number') fail('needs a title and an order');
  if (!Array.isArray(data.hints) || data.hints.length !== 3) fail('needs three hints');
  if (!Array.isArray(data.goals) || data.goals.length === 0) fail('needs goals');
  for (const goal of data.goals) {
    if (!GOAL_KINDS.includes(goal.kind)) fail(`goal '${goal.id}' has unknown kind '${goal.kind}'`);
    if (!goal.id || !goal.description) fail('every goal needs an id and a description');
  }
}
