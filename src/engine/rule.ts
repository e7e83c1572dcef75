// The shape every rule module has: its check and the teaching it carries.
import type { Finding, Severity, Span, Stage, StageModel, TextEdit } from './types';

export interface RuleContext {
  model: StageModel;
  /** The shipped stage: the last one, or the --target stage. Null when the file has no stage. */
  final: Stage | null;
  /** Indexes of the stages a build of `final` needs (final included). */
  shipped: Set<number>;
  /** The --target name, when given. */
  target: string | null;
  /** A team's own build and debugging tool package names (lowercase), added to the engine's lists. */
  extraPackages: ExtraPackages;
}

export interface ExtraPackages {
  buildTools?: readonly string[];
  debugTools?: readonly string[];
}

export interface RuleReport {
  message: string;
  span: Span;
  fix?: TextEdit[];
}

export interface Rule {
  id: string;
  name: string;
  severity: Severity;
  /** One line, shown in `rules`. */
  summary: string;
  /** Markdown: why this matters. */
  explanation: string;
  /** A Dockerfile that fires the rule (tests prove it). */
  bad: string;
  /** The same file written well (tests prove it is clean of this rule). */
  good: string;
  /** Markdown: how to fix it by hand. */
  howToFix: string;
  /** ID of the reference section that teaches it. */
  reference: string;
  equivalents: { hadolint?: string[]; buildkit?: string[] };
  fixable: boolean;
  check(ctx: RuleContext): RuleReport[];
}

export type { Finding };
