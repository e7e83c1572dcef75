// Judges an answer: the same lint a user runs on their own files, plus the exercise's goals.
import { lint } from '../engine/lint';
import { goalHolds } from './goals';
import type { CheckResult, Exercise } from './types';

/** Rules shown with an answer that never fail it: an answer that passed must not fail next year (MS023). */
const NEVER_BLOCKING = new Set(['MS023']);

/** Passes when lint finds nothing at warning or above (calendar rules aside) and every goal holds. */
export function checkAnswer(exercise: Pick<Exercise, 'goals'>, text: string, options: { today?: string } = {}): CheckResult {
  const { findings, model } = lint(text, options.today ? { today: options.today } : {});
  const goals = exercise.goals.map((goal) => ({ id: goal.id, description: goal.description, passed: goalHolds(model, goal) }));
  const blocking = findings.filter((f) => f.severity !== 'info' && !NEVER_BLOCKING.has(f.rule));
  return { passed: blocking.length === 0 && goals.every((g) => g.passed), findings, goals };
}
