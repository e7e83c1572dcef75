// Every exercise of the curriculum, held to what a learner relies on: the start file is broken
// only in what it teaches, the reference solution passes, shortcuts do not, and a correct
// answer written differently (names, comments, order, another good base) passes too.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { lint } from '../src/engine';
import { buildModel } from '../src/engine';
import { getSection } from '../src/content/sections';
import { checkAnswer, exerciseIds, exercisesDir, listExercises, loadExercise, sectionLinks } from '../src/exercises';
import { addCommentsAndBlankLines, renameStages, silenceWithIgnoreFile, silenceWithInlineIgnores } from './exercises-helpers';

/** The IDs the curriculum fixes: tests and onboarding checklists name them. */
const CURRICULUM = [
  'syntax-directive',
  'name-your-stages',
  'index-breaks',
  'split-single-stage',
  'no-build-tools-in-final',
  'copy-only-artifacts',
  'node-slim-runtime',
  'python-venv',
  'java-jre',
  'rust-static',
  'dotnet-runtime',
  'test-stage',
  'shared-deps',
  'debug-stage',
  'cross-platform',
  'parallel-stages',
  'non-root',
  'dev-deps-leak',
];

const exercises = listExercises();
const blocking = (text: string) => lint(text).findings.filter((f) => f.severity !== 'info');

/** Files of exercises/<id>/<folder>/: `alternatives` are other correct answers, `wrong` near misses. */
function answers(id: string, folder: 'alternatives' | 'wrong'): [string, string][] {
  const dir = join(exercisesDir(), id, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.Dockerfile'))
    .map((f) => [`${id}/${f}`, readFileSync(join(dir, f), 'utf8')]);
}

describe('the curriculum', () => {
  test('has exactly the eighteen exercises, in the curriculum order', () => {
    expect(exerciseIds()).toEqual(CURRICULUM);
    expect(exercises.map((e) => e.order)).toEqual(CURRICULUM.map((_, i) => i + 1));
  });

  test('every exercise.json matches exercises/schema.json', () => {
    const schema = JSON.parse(readFileSync(join(exercisesDir(), 'schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const id of CURRICULUM) {
      const data = JSON.parse(readFileSync(join(exercisesDir(), id, 'exercise.json'), 'utf8'));
      expect(validate(data) ? [] : validate.errors, id).toEqual([]);
    }
  });

  test('varies the language as the size table does', () => {
    const languages = exercises.map((e) => e.language).join(' ');
    for (const language of ['Go', 'Node.js', 'Python', 'Java', 'Rust', '.NET']) expect(languages).toContain(language);
  });

  test('a third or more of the exercises carry alternative correct answers', () => {
    const withAlternatives = CURRICULUM.filter((id) => answers(id, 'alternatives').length > 0);
    expect(withAlternatives.length).toBeGreaterThanOrEqual(Math.ceil(CURRICULUM.length / 3));
  });

  test('no two exercises share a start file or a title', () => {
    expect(new Set(exercises.map((e) => e.start)).size).toBe(exercises.length);
    expect(new Set(exercises.map((e) => e.title)).size).toBe(exercises.length);
  });
});

describe.each(CURRICULUM)('exercise %s', (id) => {
  const exercise = loadExercise(id);

  test('the start file does not pass, and fails at least one goal (so silencing lint is not enough)', () => {
    const result = checkAnswer(exercise, exercise.start);
    expect(result.passed).toBe(false);
    expect(result.goals.some((g) => !g.passed)).toBe(true);
  });

  test('the start file lints clean apart from the rules the exercise teaches, and shows each of them', () => {
    const found = new Set(lint(exercise.start).findings.map((f) => f.rule));
    expect([...found].sort()).toEqual([...exercise.rules].sort());
  });

  test('the start file is a real-looking multi-line Dockerfile', () => {
    const model = buildModel(exercise.start);
    expect(model.stages.length).toBeGreaterThanOrEqual(1);
    expect(model.instructions.length).toBeGreaterThanOrEqual(6);
    expect(model.stages.every((s) => s.base.kind !== 'invalid')).toBe(true);
  });

  test('the reference solution passes, with no findings at all (an end-of-life base, MS023, is only shown)', () => {
    const result = checkAnswer(exercise, exercise.solution);
    expect(result.goals.filter((g) => !g.passed)).toEqual([]);
    expect(result.findings.filter((f) => f.rule !== 'MS023')).toEqual([]);
    expect(result.passed).toBe(true);
  });

  test.each([
    ['the empty file', ''],
    ['FROM scratch AS app', 'FROM scratch AS app\n'],
    ['scratch with the syntax line and a user', '# syntax=docker/dockerfile:1\nFROM scratch AS app\nUSER 65534\n'],
  ])('%s does not pass', (_label, text) => {
    const result = checkAnswer(exercise, text);
    expect(result.passed).toBe(false);
    expect(result.goals.some((g) => !g.passed)).toBe(true);
  });

  test('the start file with its findings silenced by an ignore-file pragma does not pass', () => {
    const silenced = silenceWithIgnoreFile(exercise.start, exercise.rules);
    expect(blocking(silenced)).toEqual([]);
    expect(checkAnswer(exercise, silenced).passed).toBe(false);
  });

  test('the start file with inline ignore pragmas does not pass', () => {
    const silenced = silenceWithInlineIgnores(exercise.start);
    expect(blocking(silenced)).toEqual([]);
    expect(checkAnswer(exercise, silenced).passed).toBe(false);
  });

  test('the solution with every stage renamed passes', () => {
    const renamed = renameStages(exercise.solution);
    const before = buildModel(exercise.solution).stages.map((s) => s.name);
    const after = buildModel(renamed).stages.map((s) => s.name);
    expect(after.filter((n) => before.includes(n))).toEqual([]);
    expect(checkAnswer(exercise, renamed).goals.filter((g) => !g.passed)).toEqual([]);
    expect(checkAnswer(exercise, renamed).passed).toBe(true);
  });

  test('the solution with comments and blank lines added passes', () => {
    const commented = addCommentsAndBlankLines(exercise.solution);
    expect(commented.split('\n').length).toBeGreaterThan(exercise.solution.split('\n').length + 5);
    expect(checkAnswer(exercise, commented).passed).toBe(true);
  });

  test('the solution with Windows line ends passes', () => {
    expect(checkAnswer(exercise, exercise.solution.replace(/\n/g, '\r\n')).passed).toBe(true);
  });

  test('task and hints link only to reference sections that exist', () => {
    const links = [...exercise.sections, ...sectionLinks(exercise.task), ...exercise.hints.flatMap(sectionLinks)];
    expect(sectionLinks(exercise.task).length).toBeGreaterThan(0);
    for (const link of links) expect(getSection(link)?.id, `${id} links to ${link}`).toBe(link);
  });

  test('has three distinct hints and goals with unique IDs and readable sentences', () => {
    expect(exercise.hints).toHaveLength(3);
    expect(new Set(exercise.hints).size).toBe(3);
    const ids = exercise.goals.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const goal of exercise.goals) expect(goal.description).toMatch(/^[A-Z`].{15,}[^.]$/);
    expect(exercise.task).toMatch(/^# /);
    expect(exercise.task.length).toBeLessThan(1600);
  });

  const alts = answers(id, 'alternatives');
  test.runIf(alts.length > 0).each(alts)('alternative answer %s passes', (_name, text) => {
    const result = checkAnswer(exercise, text);
    expect(result.goals.filter((g) => !g.passed)).toEqual([]);
    expect(blocking(text)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  const wrong = answers(id, 'wrong');
  test.runIf(wrong.length > 0).each(wrong)('near miss %s does not pass, and a failed goal says why, naming a line', (_name, text) => {
    const result = checkAnswer(exercise, text);
    expect(result.passed).toBe(false);
    const failed = result.goals.filter((g) => g.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.map((g) => g.message).join('\n')).toMatch(/\bline \d+/);
    // Each near miss is commented with what it gets wrong.
    expect(text).toMatch(/^# WRONG: .{10,}/m);
  });

  test('a goal waits, rather than fails, only on goals that exist and come with it', () => {
    const ids = exercise.goals.map((g) => g.id);
    for (const goal of exercise.goals)
      for (const after of goal.after ?? []) expect(ids, `${id}: ${goal.id} after ${after}`).toContain(after);
  });

  test.runIf(alts.length > 0).each(alts)('alternative answer %s differs from the reference solution in stage names', (_name, text) => {
    const names = (t: string) =>
      buildModel(t)
        .stages.map((s) => s.name?.toLowerCase())
        .filter(Boolean);
    expect(names(text)).not.toEqual(names(exercise.solution));
  });
});
