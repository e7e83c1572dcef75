// Judges an answer: the same lint a user runs on their own files, plus the exercise's goals.
import { lint, type LintOptions } from '../engine/lint';
import type { Finding } from '../engine/types';
import { goalVerdict } from './goals';
import type { CheckResult, Exercise, Goal, GoalResult } from './types';

/** Shown, never blocking: an answer that passed must not fail next year (MS023, end-of-life base). */
const NEVER_BLOCKS = new Set(['MS023']);

export function blocksPass(finding: Finding): boolean {
  return finding.severity !== 'info' && !NEVER_BLOCKS.has(finding.rule);
}

/** Passes when lint finds nothing at warning or above (MS023 aside) and every goal holds. `options`: a team's settings (src/settings lintOptionsFor). */
export function checkAnswer(exercise: Pick<Exercise, 'goals'>, text: string, options: LintOptions = {}): CheckResult {
  const { findings, model } = lint(text, options);
  const verdicts = new Map(exercise.goals.map((goal) => [goal.id, goalVerdict(model, goal)]));
  const goals = exercise.goals.map((goal) => judge(goal, exercise.goals, verdicts));
  return { passed: !findings.some(blocksPass) && goals.every((g) => g.passed), findings, goals };
}

/** A goal whose prerequisites (`after`) do not all hold waits for them instead of failing. */
function judge(goal: Goal, all: Goal[], verdicts: Map<string, string | null>, seen = new Set<string>()): GoalResult {
  const base = { id: goal.id, description: goal.description };
  const blockers = (goal.after ?? [])
    .map((id) => all.find((g) => g.id === id))
    .filter((g): g is Goal => g !== undefined && !seen.has(g.id))
    .filter((g) => judge(g, all, verdicts, new Set([...seen, goal.id])).status !== 'passed');
  if (blockers.length > 0) {
    const message = `once ${blockers.map((g) => g.once ?? `“${g.description}” holds`).join(' and ')}`;
    return { ...base, passed: false, status: 'waiting', message, waitingFor: blockers.map((g) => g.id) };
  }
  const why = verdicts.get(goal.id) ?? null;
  return why === null ? { ...base, passed: true, status: 'passed' } : { ...base, passed: false, status: 'failed', message: why };
}
