// The shape every rule module has, as an ESLint rule has: its meta (id, name, severity, fixable) and its check.
// Its teaching (summary, why, examples, fix, reference section) is content: content/rules/MSnnn.md.
import type { Finding, Severity, Span, Stage, StageModel, TextEdit } from './types';

export interface RuleContext {
  model: StageModel;
  /** The shipped stage: the last one, or the --target stage. Null when the file has no stage. */
  final: Stage | null;
  /** Indexes of the stages a build of `final` needs (final included). */
  shipped: Set<number>;
  /** The --target name, when given. */
  target: string | null;
  /** The day to judge dates against (YYYY-MM-DD), as the caller passed it; null: date rules stay silent. */
  today: string | null;
  /** A team's own build and debugging tool package names (lowercase), added to the engine's lists. */
  extraPackages: ExtraPackages;
}

export interface ExtraPackages {
  buildTools?: readonly string[];
  debugTools?: readonly string[];
}

export interface RuleReport {
  message: string;
  /** When this finding's severity differs from the rule's usual one (rules.md: "info; warning when needed"). */
  severity?: Severity;
  span: Span;
  fix?: TextEdit[];
}

export interface Rule {
  id: string;
  name: string;
  severity: Severity;
  /** BuildKit check names this rule matches: `# check=skip=` skips it, `# check=error=true` makes it an error. */
  buildkit?: string[];
  fixable: boolean;
  check(ctx: RuleContext): RuleReport[];
}

export type { Finding };
