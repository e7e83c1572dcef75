// `exercises validate DIR`: the author's checker for a folder of exercises (a team pack, or the
// built-in exercises/). Each problem is one line naming the file; an empty list means all is well.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { checkAnswer } from './checker';
import { exercisesDir } from './catalog';
import { GOAL_KINDS } from './goals';
import type { CheckResult, ExerciseData, Goal } from './types';

export interface ValidationReport {
  /** Exercise folders found. */
  exercises: string[];
  /** One line each: `path: what is wrong`. */
  problems: string[];
}

const FILES = ['exercise.json', 'task.md', 'start.Dockerfile', 'solution.Dockerfile'];
/** What `exercises new` leaves for the author to write. */
const TODO = /\bTODO\b/;

/** The exercise folders in `dir` (or `dir` itself when it is one). */
export function exerciseFolders(dir: string): string[] {
  if (existsSync(join(dir, 'exercise.json'))) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'exercise.json')))
    .map((e) => join(dir, e.name))
    .sort();
}

/** `shown` turns an absolute path into what the lines print (relative to the caller's folder). */
export function validateExercises(dir: string, options: { sections: string[]; rules: string[]; shown: (path: string) => string }): ValidationReport {
  const folders = exerciseFolders(dir);
  const problems: string[] = [];
  const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(exercisesDir(), 'schema.json'), 'utf8')));
  for (const folder of folders) {
    const say = (file: string, what: string) => problems.push(`${options.shown(join(folder, file))}: ${what}`);
    const missing = FILES.filter((f) => !existsSync(join(folder, f)));
    for (const f of missing) say(f, 'missing (every exercise has exercise.json, task.md, start.Dockerfile and solution.Dockerfile)');
    if (missing.length) continue;
    const read = (f: string) => readFileSync(join(folder, f), 'utf8');
    let data: ExerciseData;
    try {
      data = JSON.parse(read('exercise.json')) as ExerciseData;
    } catch (error) {
      say('exercise.json', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (!validateSchema(data)) {
      for (const e of validateSchema.errors ?? []) say('exercise.json', `${e.instancePath || '(top)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}`);
      continue;
    }
    checkMeaning(data, options, (what) => say('exercise.json', what));
    for (const f of FILES) if (TODO.test(read(f))) say(f, 'still holds a TODO from `exercises new`');

    const hints = data.hints.map((h) => h.trim());
    if (hints.length !== 3 || hints.some((h) => h === '' || TODO.test(h)) || new Set(hints).size !== hints.length) {
      say('exercise.json', 'needs three different hints, from gentle to nearly the answer');
    }
    const exercise = { goals: data.goals };
    const start = checkAnswer(exercise, read('start.Dockerfile'));
    if (start.passed) say('start.Dockerfile', 'passes already: the start file must fail at least one goal');
    const stray = start.findings.filter((f) => f.severity !== 'info' && !data.rules.includes(f.rule)).map((f) => f.rule);
    if (stray.length) say('start.Dockerfile', `has findings the exercise does not teach (${[...new Set(stray)].join(', ')}): add them to "rules" or fix them in the start file`);
    const solution = checkAnswer(exercise, read('solution.Dockerfile'));
    if (!solution.passed) say('solution.Dockerfile', `does not pass: ${whyNot(solution)}`);
    for (const [file, text] of answers(folder, 'wrong')) {
      if (checkAnswer(exercise, text).passed) say(file, 'passes, but a wrong/ answer must fail a goal or lint');
    }
    for (const [file, text] of answers(folder, 'alternatives')) {
      const result = checkAnswer(exercise, text);
      if (!result.passed) say(file, `does not pass, but an alternatives/ answer must: ${whyNot(result)}`);
    }
  }
  return { exercises: folders.map((f) => relative(dir, f) || '.'), problems };
}

/** What the schema cannot say: known goal kinds, rule IDs and reference sections; unique goal IDs. */
function checkMeaning(data: ExerciseData, options: { sections: string[]; rules: string[] }, say: (what: string) => void): void {
  const seen = new Set<string>();
  for (const goal of data.goals as Goal[]) {
    if (!GOAL_KINDS.includes(goal.kind)) say(`goal '${goal.id}' has unknown kind '${goal.kind}' (docs/exercises.md lists them)`);
    if (seen.has(goal.id)) say(`goal id '${goal.id}' is used twice`);
    seen.add(goal.id);
  }
  for (const rule of data.rules) if (!options.rules.includes(rule)) say(`rules: unknown rule '${rule}' ('multistage-tutor rules' lists them)`);
  const linked = [...data.sections, ...[...data.hints.join('\n').matchAll(/\]\(ref:([a-z0-9-]+)\)/g)].map((m) => m[1]!)];
  for (const section of new Set(linked)) if (!options.sections.includes(section)) say(`unknown reference section '${section}' ('multistage-tutor ref' lists them)`);
}

function whyNot(result: CheckResult): string {
  const goals = result.goals.filter((g) => !g.passed).map((g) => `goal '${g.id}' fails`);
  const findings = result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} on line ${f.span.start.line}`);
  return [...goals, ...findings].join(', ');
}

/** `wrong/*.Dockerfile` or `alternatives/*.Dockerfile`, as [path, text]. */
function answers(folder: string, kind: 'wrong' | 'alternatives'): [string, string][] {
  const dir = join(folder, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.Dockerfile'))
    .sort()
    .map((f) => [join(kind, f), readFileSync(join(dir, f), 'utf8')]);
}
