import { leadingDirectives, syntaxFrontend } from '../directives';
import { frontendFeatures } from '../facts/frontend';
import { defineRule } from './util';

export default defineRule({
  id: 'MS001',
  name: 'missing-syntax-directive',
  severity: 'info',
  fixable: true,
  check({ model }) {
    const directives = leadingDirectives(model.lines);
    const syntax = directives.find((d) => d.name === 'syntax');
    const frontend = syntax ? syntaxFrontend(syntax.value) : null;
    if (frontend?.maintained) return [];
    if (syntax) {
      // Another frontend was chosen on purpose and is not the engine's built-in one: a habit, at most.
      return [
        {
          message: `the syntax directive names '${frontend!.ref}', not docker/dockerfile:1: builds use another frontend than the stable one`,
          span: { start: { line: syntax.line, column: syntax.column }, end: { line: syntax.line, column: syntax.endColumn } },
        },
      ];
    }
    // The first feature the file uses that older built-in frontends lack (rules.md MS001).
    const feature = frontendFeatures(model).find((f) => f.ms001)?.what ?? null;
    const first = model.lines[0] ?? '';
    const bom = first.startsWith('\uFEFF') ? 1 : 0;
    const insertLine = first.replace(/^\uFEFF/, '').startsWith('#!') ? 2 : 1;
    const newline = model.text.includes('\r\n') ? '\r\n' : '\n';
    const at = { line: insertLine, column: insertLine === 1 ? 1 + bom : 1 };
    const atEnd = insertLine > model.lines.length;
    // A syntax line after a blank line or comment is only a comment to BuildKit: say so.
    const late = /syntax/i.test(model.text) ? model.lines.findIndex((line) => LATE_SYNTAX.test(line)) : -1;
    const base =
      late === -1
        ? "no '# syntax=docker/dockerfile:1' directive at the top: the build uses whatever frontend the local Docker engine ships"
        : `the '# syntax' line ${late + 1} comes after a blank line, comment or instruction, so BuildKit reads it as a comment: the build uses whatever frontend the local Docker engine ships`;
    return [
      {
        message: feature ? `${base}, and this file uses ${feature}, which older built-in frontends do not understand` : base,
        ...(feature ? { severity: 'warning' as const } : {}),
        span: { start: { line: 1, column: 1 }, end: { line: 1, column: first.replace(/\r$/, '').length + 1 } },
        fix: [
          {
            span: { start: at, end: at },
            text: atEnd ? `${newline}# syntax=docker/dockerfile:1` : `# syntax=docker/dockerfile:1${newline}`,
          },
        ],
      },
    ];
  },
});

const LATE_SYNTAX = /^#\s*syntax\s*=/i;
