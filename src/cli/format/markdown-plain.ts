// The rules' short Markdown (explanations, fixes) as plain wrapped text. `explain` stays light
// this way; the full renderer (marked-terminal) is for the long reference pages of `ref`.
import type { Paint } from './color';
import { wrap } from './wrap';

export function markdownToPlain(markdown: string, width: number, p: Paint, indent = ''): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').trim().split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    const text = paragraph.join(' ');
    const item = /^(\s*(?:[-*+]|\d+[.)])\s+)(.*)$/.exec(text);
    if (item) {
      const hang = ' '.repeat(item[1]!.length);
      wrap(item[2]!, width - indent.length - hang.length).forEach((l, i) =>
        out.push(indent + (i ? hang : item[1]!) + inline(l, p)),
      );
    } else {
      for (const l of wrap(text, width - indent.length)) out.push(indent + inline(l, p));
    }
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      flush();
      const close = fence[1]!;
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(close); i++) out.push(`${indent}    ${p.cyan(lines[i]!)}`);
      out.push('');
      continue;
    }
    if (!line.trim()) {
      flush();
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    // A new list item starts a new block even without a blank line before it.
    if (/^\s*(?:[-*+]|\d+[.)])\s+/.test(line)) flush();
    paragraph.push(line.trim().replace(/^#+\s+/, ''));
  }
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function inline(text: string, p: Paint): string {
  return text
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_m, a, b) => p.bold(a ?? b))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, (_m, code) => p.cyan(code));
}
