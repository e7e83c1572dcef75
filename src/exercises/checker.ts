// Judges an answer: the same lint a user runs on their own files, plus the exercise's goals.
import { lint, type LintOptions } from '../engine/lint';
import { goalHolds } from './goals';
import type { CheckResult, Exercise } from './types';

/** Passes when lint finds nothing at warning or above and every goal holds. `options`: a team's settings (src/settings lintOptionsFor). */
export function checkAnswer(exercise: Pick<Exercise, 'goals'>, text: string, options: LintOptions = {}): CheckResult {
  const { findings, model } = lint(text, options);
  const goals = exercise.goals.map((goal) => ({ id: goal.id, description: goal.description, passed: goalHolds(model, goal) }));
  const blocking = findings.filter((f) => f.severity !== 'info');
  return { passed: blocking.length === 0 && goals.every((g) => g.passed), findings, goals };
}
