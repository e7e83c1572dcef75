// Runs the rules over a model and applies what the user asked to skip.
import { buildModel } from './model';
import { dependencies, stageByName } from './query';
import { rules } from './rules/index';
import { checksAreErrors, skippedChecks } from './directives';
import { isoDay } from './end-of-life';
import { canonicalRuleId } from './rule-id';
import type { ExtraPackages, RuleContext } from './rule';
import type { Finding, Severity, StageModel } from './types';

export interface LintOptions {
  /** Judge this stage as the shipped one, as `docker build --target` would. */
  target?: string;
  /** Rule IDs to skip. */
  ignore?: readonly string[];
  /**
   * The day of the lint, for rules that depend on the calendar (MS023). The engine never
   * reads the clock: without it those rules stay silent. The CLI passes today's date.
   */
  today?: Date | string;
  /** A severity per rule ID, as a team's settings file sets it; a file's own directives still win. */
  severity?: Readonly<Record<string, Severity>>;
  /** Package names a team counts as build tools (MS008, MS012) or debugging tools (MS020), added to the engine's lists. */
  extraPackages?: ExtraPackages;
}

export interface LintResult {
  findings: Finding[];
  model: StageModel;
}

export class UnknownTargetError extends Error {
  constructor(
    readonly target: string,
    readonly stages: string[],
  ) {
    super(`target stage '${target}' not found (stages: ${stages.length ? stages.join(', ') : 'none named'})`);
  }
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const model = buildModel(text);
  const context = contextFor(
    model,
    options.target ?? null,
    options.today === undefined ? null : isoDay(options.today),
    options.extraPackages,
  );
  // Most files carry no pragma: don't look for them line by line.
  const found = model.text.includes('multistage-tutor') ? pragmas(model) : [];
  const skip = skippedRules(model, options.ignore ?? [], found);
  const lineSkips = found.length > 0 ? lineSuppressions(model, found) : null;
  const checkErrors = CHECK_WORD.test(model.text) && checksAreErrors(model.lines);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (skip.has(rule.id)) continue;
    const reports = rule.check(context);
    // `# check=error=true` fails the build on BuildKit's checks: their equivalents are errors there.
    const raised = checkErrors && (rule.buildkit?.length ?? 0) > 0;
    for (let i = 0; i < reports.length; i++) {
      const report = reports[i]!;
      if (lineSkips?.get(report.span.start.line)?.has(rule.id)) continue;
      // A team's settings set a rule's level; the file's own `# check=error=true` still wins.
      const severity = raised ? 'error' : (options.severity?.[rule.id] ?? report.severity ?? rule.severity);
      const finding: Finding = { rule: rule.id, name: rule.name, severity, message: report.message, span: report.span };
      if (report.fix) finding.fix = report.fix;
      findings.push(finding);
    }
    // BuildKit stops at a file's first error: a file that does not build gets that finding alone.
    if (rule.id === 'MS000' && reports.length > 0) break;
  }
  findings.sort(
    (a, b) =>
      a.span.start.line - b.span.start.line ||
      a.span.start.column - b.span.start.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { findings, model };
}

const NO_EXTRA_PACKAGES: ExtraPackages = {};

export function contextFor(
  model: StageModel,
  target: string | null,
  today: string | null = null,
  extraPackages: ExtraPackages = NO_EXTRA_PACKAGES,
): RuleContext {
  let final = model.stages.at(-1) ?? null;
  if (target !== null) {
    const found = stageByName(model, target);
    if (!found)
      throw new UnknownTargetError(
        target,
        model.stages.flatMap((s) => (s.name ? [s.name] : [])),
      );
    final = found;
  }
  return { model, final, shipped: final ? dependencies(model, final) : new Set(), target, today, extraPackages };
}

const CHECK_WORD = /check/i;
// Head and list checked apart: one pattern with `\s*` next to a class that holds `\s` backtracks
// quadratically on a long run of spaces.
const PRAGMA_HEAD = /^multistage-tutor\s+(ignore-file|ignore)\s*=/;
const PRAGMA_IDS = /^[A-Za-z0-9_,\s]+$/;

/** Rules off for the whole file: asked by the caller, by `ignore-file=`, or by BuildKit's `check=skip=`. */
function skippedRules(model: StageModel, ignore: readonly string[], found: Pragma[]): Set<string> {
  const skip = new Set<string>();
  for (const id of ignore) skip.add(canonicalRuleId(id) ?? id.toUpperCase());
  const firstInstruction = model.instructions[0]?.span.start.line ?? Number.MAX_SAFE_INTEGER;
  for (const pragma of found) if (pragma.kind === 'ignore-file' && pragma.line < firstInstruction) pragma.ids.forEach((id) => skip.add(id));
  if (CHECK_WORD.test(model.text)) {
    const buildkit = skippedChecks(model.lines);
    if (buildkit.size > 0) {
      for (const rule of rules) {
        const names = rule.buildkit ?? [];
        if (names.length > 0 && (buildkit.has('all') || names.some((name) => buildkit.has(name.toLowerCase())))) skip.add(rule.id);
      }
    }
  }
  return skip;
}

/** Rule IDs skipped per line by `# multistage-tutor ignore=`: the pragma covers the next instruction, all of its lines. */
function lineSuppressions(model: StageModel, found: Pragma[]): Map<number, Set<string>> {
  const lines = new Map<number, Set<string>>();
  // Pragmas come in line order, instructions too: one walk finds each pragma's next instruction.
  let at = 0;
  for (const pragma of found) {
    if (pragma.kind !== 'ignore') continue;
    while (at < model.instructions.length && model.instructions[at]!.span.start.line <= pragma.line) at++;
    const next = model.instructions[at];
    if (!next) continue;
    for (let line = next.span.start.line; line <= next.span.end.line; line++) {
      const set = lines.get(line) ?? new Set<string>();
      pragma.ids.forEach((id) => set.add(id));
      lines.set(line, set);
    }
  }
  return lines;
}

interface Pragma {
  kind: 'ignore' | 'ignore-file';
  line: number;
  ids: string[];
}

function pragmas(model: StageModel): Pragma[] {
  const result: Pragma[] = [];
  for (const comment of pragmaLines(model)) {
    const match = PRAGMA_HEAD.exec(comment.text);
    if (!match) continue;
    const list = comment.text.slice(match[0].length);
    if (!PRAGMA_IDS.test(list) || list.trim() === '') continue;
    const ids = list
      .split(',')
      .map((s) => canonicalRuleId(s) ?? s.trim().toUpperCase())
      .filter(Boolean);
    result.push({ kind: match[1] as 'ignore' | 'ignore-file', line: comment.line, ids });
  }
  return result;
}

/** Comment lines outside instructions (dockerfile-ast files a leading one as a directive) that name us. */
function pragmaLines(model: StageModel): { line: number; text: string }[] {
  const result: { line: number; text: string }[] = [];
  let at = 0; // the first instruction that does not end before this line
  for (let index = 0; index < model.lines.length; index++) {
    const raw = model.lines[index]!;
    if (!raw.includes('multistage-tutor')) continue;
    const text = raw.replace(/^\uFEFF/, '').trim();
    const line = index + 1;
    while (at < model.instructions.length && model.instructions[at]!.span.end.line < line) at++;
    const inside = at < model.instructions.length && model.instructions[at]!.span.start.line <= line;
    if (text.startsWith('#') && !inside) {
      result.push({ line, text: text.slice(1).trim() });
    }
  }
  return result;
}
