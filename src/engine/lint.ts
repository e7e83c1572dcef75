// Runs the rules over a model and applies what the user asked to skip.
import { buildModel } from './model';
import { dependencies, stageByName } from './query';
import { rules } from './rules/index';
import { skippedChecks } from './directives';
import type { RuleContext } from './rule';
import type { Finding, StageModel } from './types';

export interface LintOptions {
  /** Judge this stage as the shipped one, as `docker build --target` would. */
  target?: string;
  /** Rule IDs to skip. */
  ignore?: readonly string[];
}

export interface LintResult {
  findings: Finding[];
  model: StageModel;
}

export class UnknownTargetError extends Error {
  constructor(readonly target: string, readonly stages: string[]) {
    super(`target stage '${target}' not found (stages: ${stages.length ? stages.join(', ') : 'none named'})`);
  }
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const model = buildModel(text);
  const context = contextFor(model, options.target ?? null);
  const ignored = new Set((options.ignore ?? []).map((id) => id.toUpperCase()));
  const suppress = suppressions(model);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (ignored.has(rule.id) || suppress.file.has(rule.id)) continue;
    if (rule.equivalents.buildkit?.some((name) => suppress.buildkit.has(name.toLowerCase())) || (suppress.buildkit.has('all') && rule.equivalents.buildkit?.length)) continue;
    const reports = rule.check(context);
    for (let i = 0; i < reports.length; i++) {
      const report = reports[i]!;
      if (suppress.lines.get(report.span.start.line)?.has(rule.id)) continue;
      findings.push({ rule: rule.id, name: rule.name, severity: rule.severity, message: report.message, span: report.span, ...(report.fix ? { fix: report.fix } : {}) });
    }
  }
  findings.sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { findings, model };
}

export function contextFor(model: StageModel, target: string | null): RuleContext {
  let final = model.stages.at(-1) ?? null;
  if (target !== null) {
    const found = stageByName(model, target);
    if (!found) throw new UnknownTargetError(target, model.stages.flatMap((s) => (s.name ? [s.name] : [])));
    final = found;
  }
  return { model, final, shipped: final ? dependencies(model, final) : new Set(), target };
}

const PRAGMA = /^multistage-tutor\s+(ignore|ignore-file)\s*=\s*([A-Za-z0-9_,\s]+)$/;

function suppressions(model: StageModel) {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  const firstInstruction = model.instructions[0]?.span.start.line ?? Number.MAX_SAFE_INTEGER;
  for (const comment of pragmaLines(model)) {
    const match = PRAGMA.exec(comment.text);
    if (!match) continue;
    const ids = match[2]!.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    if (match[1] === 'ignore-file') {
      if (comment.line < firstInstruction) ids.forEach((id) => file.add(id));
      continue;
    }
    // The pragma covers the next instruction, all of its lines.
    const next = model.instructions.find((i) => i.span.start.line > comment.line);
    if (!next) continue;
    for (let line = next.span.start.line; line <= next.span.end.line; line++) {
      const set = lines.get(line) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      lines.set(line, set);
    }
  }
  return { file, lines, buildkit: skippedChecks(model.lines) };
}

/** Comment lines outside instructions (dockerfile-ast files a leading one as a directive). */
function pragmaLines(model: StageModel): { line: number; text: string }[] {
  if (!model.text.includes('multistage-tutor')) return [];
  const inside = new Set<number>();
  for (const i of model.instructions) for (let l = i.span.start.line; l <= i.span.end.line; l++) inside.add(l);
  const result: { line: number; text: string }[] = [];
  model.lines.forEach((raw, index) => {
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text.startsWith('#') && !inside.has(index + 1)) result.push({ line: index + 1, text: text.slice(1).trim() });
  });
  return result;
}
