// The shapes of an exercise as stored in exercises/<ID>/exercise.json, and of a check result.
import type { ImageFamily } from '../engine/facts/families';
import type { Finding } from '../engine/types';

/** Families of base images a goal accepts (the facts layer's families.ts reads them off the one image table). */
export type BaseFamily = ImageFamily;

/**
 * Finds stages by what they do, never by name. Every field given must hold (AND);
 * list fields hold when any entry matches (OR), except `installs`, which needs all.
 */
export interface Selector {
  /** Runs a build command of one of these tools (`go`, `cargo`, `npm`, `mvn`, `dotnet`, …). */
  builds?: string[];
  /** Installs dependencies with one of these tools (`npm`, `pip`, `go`, …). */
  installsDeps?: string[];
  /** Runs a test suite. */
  tests?: boolean;
  /** Runs a command matching one of these patterns: `pip wheel` = program pip with `wheel` among its words. */
  runs?: string[];
  /** Installs every one of these OS packages (apt, apk, …). */
  installs?: string[];
  /** Is (true) or is not (false) the final stage. */
  final?: boolean;
}

export type GoalCheck =
  | { kind: 'syntax-directive' }
  | { kind: 'stage-count'; min: number }
  | { kind: 'stages-named' }
  | { kind: 'no-index-references' }
  | { kind: 'final-base'; families: BaseFamily[] }
  /** orDerives: a final stage written FROM such a stage (not a test stage) has its output too. */
  | { kind: 'final-copies-from'; from: Selector; orDerives?: boolean }
  | { kind: 'final-copies-artifacts-only' }
  | { kind: 'final-runs-artifact'; from: Selector }
  | { kind: 'final-installs-none'; buildTools?: boolean; packages?: string[] }
  | { kind: 'final-installs-all'; packages: (string | string[])[] }
  | { kind: 'static-build'; stage: Selector }
  | { kind: 'final-production-dependencies' }
  | { kind: 'stage-exists'; stage: Selector }
  | { kind: 'derives'; stage: Selector; from: Selector }
  | { kind: 'final-independent-of'; stage: Selector }
  | { kind: 'independent'; a: Selector; b: Selector }
  | { kind: 'shared-ancestor'; stages: Selector[]; ancestor: Selector }
  | { kind: 'dependency-installs'; tool: string | string[]; includesDev: boolean; max: number }
  | { kind: 'manifests-before-source'; stage: Selector }
  | { kind: 'args-declared'; stage: Selector; names: string[] }
  | { kind: 'build-uses-args'; stage: Selector; names: string[] }
  | { kind: 'build-platform'; stage: Selector }
  | { kind: 'final-target-platform' }
  | { kind: 'final-non-root'; userMustExist?: boolean }
  | { kind: 'users-exist' }
  | { kind: 'dotnet-web-base' }
  | { kind: 'java-runtime' }
  | { kind: 'final-no-jdk' }
  | { kind: 'stage-base'; stage: Selector; families: BaseFamily[] }
  | { kind: 'build-has-dev-dependencies'; stage: Selector }
  | { kind: 'dependency-inputs' }
  | { kind: 'copies-built-path'; from: Selector }
  | { kind: 'build-for-target-arch'; stage: Selector }
  | { kind: 'final-no-dev-requirements' }
  | { kind: 'python-environment' }
  | { kind: 'final-no-toolchain' }
  | { kind: 'copies-exist' }
  | { kind: 'test-inputs' };

export type GoalKind = GoalCheck['kind'];

/** One checklist item: a check over the stage model and the sentence a learner reads. */
export type Goal = GoalCheck & {
  id: string;
  description: string;
  /** Goals this one builds on: while one of them fails, this one waits rather than fails. */
  after?: string[];
  /** How a goal waiting on this one says so: "once the binary is copied". */
  once?: string;
};

/** exercise.json as written. */
export interface ExerciseData {
  title: string;
  order: number;
  language: string;
  concepts: string[];
  /** Rule IDs the exercise teaches: the only findings its start file may have. */
  rules: string[];
  /** Reference section IDs to read. */
  sections: string[];
  /** Three hints, gentle to nearly the answer (Markdown, may link `ref:<section>`). */
  hints: string[];
  goals: Goal[];
}

export interface Exercise extends ExerciseData {
  id: string;
  /** Markdown: what is wrong, why it matters, what to change. */
  task: string;
  start: string;
  solution: string;
  /** Absolute folder of the exercise's files. */
  dir: string;
  /** The team pack it comes from (its ID is then `<pack>/<name>`); absent for the built-in ones. */
  pack?: string;
}

export type GoalStatus = 'passed' | 'failed' | 'waiting';

export interface GoalResult {
  id: string;
  description: string;
  passed: boolean;
  /** `waiting`: a goal it builds on (`waitingFor`) does not hold yet, so it is not judged. */
  status: GoalStatus;
  /** Why it fails, in terms of the learner's file (names lines); or what it waits for. */
  message?: string;
  waitingFor?: string[];
}

export interface CheckResult {
  passed: boolean;
  /** Every finding of `lint`; only those at warning or above stop a pass. */
  findings: Finding[];
  goals: GoalResult[];
}
