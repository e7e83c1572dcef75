import { leadingDirectives } from '../directives';
import { defineRule } from './util';

const DOCKERFILE_V1 = /^(docker\.io\/)?docker\/dockerfile:1(\.\d+)*(-labs)?(@sha256:[a-f0-9]+)?$/;

export default defineRule({
  id: 'MS001',
  name: 'missing-syntax-directive',
  severity: 'warning',
  fixable: true,
  check({ model }) {
    const directives = leadingDirectives(model.lines);
    const syntax = directives.find((d) => d.name === 'syntax');
    if (syntax && DOCKERFILE_V1.test(syntax.value.trim())) return [];
    if (syntax) {
      return [{
        message: `the syntax directive names '${syntax.value}', not docker/dockerfile:1: builds use another frontend than the stable one`,
        span: { start: { line: syntax.line, column: syntax.column }, end: { line: syntax.line, column: syntax.endColumn } },
      }];
    }
    const first = model.lines[0] ?? '';
    const bom = first.startsWith('\uFEFF') ? 1 : 0;
    const insertLine = first.replace(/^\uFEFF/, '').startsWith('#!') ? 2 : 1;
    const newline = model.text.includes('\r\n') ? '\r\n' : '\n';
    const at = { line: insertLine, column: insertLine === 1 ? 1 + bom : 1 };
    const atEnd = insertLine > model.lines.length;
    return [{
      message: "no '# syntax=docker/dockerfile:1' directive at the top: the build uses whatever frontend the local Docker engine ships",
      span: { start: { line: 1, column: 1 }, end: { line: 1, column: first.replace(/\r$/, '').length + 1 } },
      fix: [{ span: { start: at, end: at }, text: atEnd ? `${newline}# syntax=docker/dockerfile:1` : `# syntax=docker/dockerfile:1${newline}` }],
    }];
  },
});
