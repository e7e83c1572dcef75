// The rules' short Markdown (explanations, fixes) as plain wrapped text. `explain` stays light
// this way; the full renderer (marked-terminal) is for the long reference pages of `ref`.
// Inline code is yellow, as in the `ref` renderer (src/content/render.ts), so it reads the same everywhere.
import type { Paint } from './color';

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
      wrapInline(item[2]!, width - indent.length - hang.length, p).forEach((l, i) => out.push(indent + (i ? hang : item[1]!) + l));
    } else {
      for (const l of wrapInline(text, width - indent.length, p)) out.push(indent + l);
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

type Style = 'code' | 'bold' | null;

interface Piece {
  text: string;
  style: Style;
}

/**
 * Inline Markdown (`code`, **bold**, [links](…)) as styled pieces, before any wrapping, so a
 * code span that wraps onto the next line keeps its style and never leaves a stray backtick.
 * Links read as the renderer of `ref` shows them: `text (ref id)` or `text (url)`.
 */
export function inlinePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|__([^_]+)__|\[([^\]]+)\]\(([^)\s]*)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index! > last) pieces.push({ text: text.slice(last, match.index), style: null });
    if (match[1] !== undefined) pieces.push({ text: match[1], style: 'code' });
    else if (match[2] !== undefined || match[3] !== undefined) pieces.push({ text: (match[2] ?? match[3])!, style: 'bold' });
    else {
      pieces.push(...inlinePieces(match[4]!));
      const href = match[5]!;
      if (href.startsWith('#')) pieces.push({ text: ` (ref ${href.slice(1)})`, style: null });
      else if (/^https?:/.test(href) && href !== match[4]) pieces.push({ text: ` (${href})`, style: null });
    }
    last = match.index! + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), style: null });
  return pieces;
}

/** Wraps inline Markdown at spaces to `width` visible columns, then styles each line's pieces. */
export function wrapInline(text: string, width: number, p: Paint): string[] {
  // Words: runs of non-space characters, each a list of styled parts (`code`, spans a word).
  const words: Piece[][] = [];
  let word: Piece[] = [];
  for (const piece of inlinePieces(text)) {
    const parts = piece.text.split(/(\s+)/);
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        if (word.length) words.push(word);
        word = [];
      } else if (part) word.push({ text: part, style: piece.style });
    });
  }
  if (word.length) words.push(word);
  const length = (w: Piece[]) => w.reduce((n, part) => n + part.text.length, 0);
  const lines: Piece[][][] = [];
  let line: Piece[][] = [];
  let used = 0;
  for (const w of words) {
    const size = length(w);
    if (line.length && used + 1 + size > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length ? 1 : 0) + size;
    line.push(w);
  }
  if (line.length || lines.length === 0) lines.push(line);
  return lines.map((l) => styleLine(l, p));
}

/** One line's words, joined by spaces, with a style applied once per run of the same style. */
function styleLine(words: Piece[][], p: Paint): string {
  const runs: Piece[] = [];
  words.forEach((w, i) => {
    const parts = i === 0 ? w : [{ text: ' ', style: w[0]!.style === runs.at(-1)?.style ? w[0]!.style : null }, ...w];
    for (const part of parts) {
      const prev = runs.at(-1);
      if (prev && prev.style === part.style) prev.text += part.text;
      else runs.push({ ...part });
    }
  });
  return runs.map((r) => (r.style === 'code' ? p.yellow(r.text) : r.style === 'bold' ? p.bold(r.text) : r.text)).join('');
}
