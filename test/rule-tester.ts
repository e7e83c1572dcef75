// A rule's teaching next to its meta, and a RuleTester in the manner of ESLint's: a table of
// valid and invalid cases per rule, each invalid case with the exact ranges (and message parts) expected.
import { describe, expect, it } from 'vitest';
import { lint, ruleById, type LintOptions } from '../src/engine';
import type { Rule } from '../src/engine/rule';
import { ruleDoc, type RuleDoc } from '../src/content/rule-docs';

/** The rule with its teaching from content/rules/MSnnn.md. */
export function teaching(id: string): Rule & RuleDoc {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return { ...rule, ...ruleDoc(rule) };
}

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Text the message must contain (a part of it, or a RegExp). */
  message?: string | RegExp;
  severity?: 'error' | 'warning' | 'info';
}

export interface InvalidCase {
  name: string;
  code: string;
  options?: LintOptions;
  errors: ExpectedFinding[];
}

export interface ValidCase {
  name: string;
  code: string;
  options?: LintOptions;
}

/** Runs the rule's table: each valid file gets no finding of the rule, each invalid one exactly the findings listed. */
export function ruleTester(id: string, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const of = (code: string, options?: LintOptions) => lint(code, options).findings.filter((f) => f.rule === id);
  describe(`${id} (table)`, () => {
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        expect(of(c.code, c.options).map((f) => `${f.span.start.line}:${f.span.start.column} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = of(c.code, c.options);
        expect(found.map((f) => `${f.span.start.line}:${f.span.start.column}`)).toEqual(c.errors.map((e) => `${e.line}:${e.column}`));
        c.errors.forEach((e, i) => {
          const f = found[i]!;
          if (e.endLine !== undefined) expect(f.span.end.line).toBe(e.endLine);
          if (e.endColumn !== undefined) expect(f.span.end.column).toBe(e.endColumn);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (typeof e.message === 'string') expect(f.message).toContain(e.message);
          else if (e.message) expect(f.message).toMatch(e.message);
        });
      });
    }
  });
}
