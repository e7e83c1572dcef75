import type { RuleReport } from '../rule';
import type { Instruction, StageModel } from '../types';
import { assignments, MAX_EXPANSION } from '../vars';
import { defineRule, headSpan } from './util';

/**
 * The engine stops expanding a value at MAX_EXPANSION characters (vars.ts), so a value found at
 * that length was cut there: say so once, at the first ARG/ENV/WORKDIR/FROM that reached it.
 */
export default defineRule({
  id: 'MS100',
  name: 'expansion-too-large',
  severity: 'error',
  summary: 'A variable expands to a value too large to build with.',
  explanation:
    'Each `ARG` or `ENV` value can use earlier ones, so a few lines like `ARG B=${A}${A}` double a value at every line: forty such lines make a value of a trillion characters, which exhausts the memory of the builder (and of any tool that reads the file) long before the build does anything useful. No real build needs a value of 64 KiB or more, so the linter stops expanding there and reports the line where the value outgrew it; what it says about later lines that use that value may be incomplete.',
  bad: `# syntax=docker/dockerfile:1
ARG A=0123456789abcdef
ARG B=\${A}\${A}\${A}\${A}
ARG C=\${B}\${B}\${B}\${B}
ARG D=\${C}\${C}\${C}\${C}
ARG E=\${D}\${D}\${D}\${D}
ARG F=\${E}\${E}\${E}\${E}
ARG G=\${F}\${F}\${F}\${F}
ARG H=\${G}\${G}\${G}\${G}
FROM alpine:3.20 AS app
ARG H
RUN echo "\${H}" > /big
USER nobody
`,
  good: `# syntax=docker/dockerfile:1
ARG VERSION=1.2.3
ARG IMAGE=example/app:\${VERSION}
FROM alpine:3.20 AS app
ARG IMAGE
RUN echo "\${IMAGE}" > /image
USER nobody
`,
  howToFix:
    'Write the value out, or build it from a few variables without repeating one many times over; to pass large data, COPY a file instead of expanding it from variables.',
  reference: 'arg-scope',
  equivalents: {},
  fixable: false,
  check({ model }) {
    const at = firstOversized(model);
    if (!at) return [];
    const report: RuleReport = {
      message: `${at.what} expands to ${MAX_EXPANSION / 1024} KiB or more (values that double at each line grow past any memory): the linter stopped expanding it there, so findings about what uses it may be incomplete`,
      span: headSpan(at.instruction),
    };
    return [report];
  },
});

function firstOversized(model: StageModel): { instruction: Instruction; what: string } | null {
  const big = (value: string | null | undefined) => value !== null && value !== undefined && value.length >= MAX_EXPANSION;
  for (const instruction of model.instructions) {
    const stage = instruction.stage >= 0 ? model.stages[instruction.stage]! : null;
    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      for (const [name] of assignments(instruction.keyword, instruction.args.map((w) => w.value))) {
        const value = stage ? (instruction.keyword === 'ARG' ? stage.args.get(name) : stage.env.get(name)) : model.globalArgs.get(name);
        if (big(value)) return { instruction, what: `${instruction.keyword} ${name}` };
      }
    } else if (instruction.keyword === 'WORKDIR' && stage && big(stage.workdir)) {
      return { instruction, what: 'WORKDIR' };
    } else if (instruction.keyword === 'FROM' && stage?.base.kind === 'image' && big(stage.base.image.resolved)) {
      return { instruction, what: 'the FROM image' };
    }
  }
  return null;
}
