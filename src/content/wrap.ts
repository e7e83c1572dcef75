// Word wrapping for text that carries ANSI colour codes. Written here rather than taken from
// wrap-ansi: that one measures width through string-width and Intl.Segmenter, about 20 ms of
// start-up for `ref`, while the reference is plain English where one character is one column.
import { stripVTControlCharacters } from 'node:util';

const SGR = /\x1b\[[0-9;]*m/g;
const RESET = '\x1b[0m';

const visible = (text: string) => Array.from(stripVTControlCharacters(text)).length;

/** Splits a word longer than `width` into pieces of `width` columns (plain words only). */
function hardBreak(word: string, width: number): string[] {
  if (visible(word) <= width || word.includes('\x1b')) return [word];
  const chars = Array.from(word);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += width) pieces.push(chars.slice(i, i + width).join(''));
  return pieces;
}

/**
 * Wraps one line at spaces to `width` columns; continuation lines start with `indent` spaces.
 * Colour that is open at a break is closed at the end of the line and opened again on the
 * next, so each line stands on its own (as Ink and `less -R` want).
 */
export function wrapLine(line: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let open: string[] = []; // SGR codes in force after the text placed so far
  let current = '';
  let columns = 0;
  let first = true;
  for (const raw of line.split(' ')) {
    for (const word of hardBreak(raw, Math.max(1, width - indent))) {
      const w = visible(word);
      if (!first && w > 0 && columns + 1 + w > width) {
        lines.push(current + (open.length ? RESET : ''));
        current = ' '.repeat(indent) + open.join('') + word;
        columns = indent + w;
      } else {
        current += (first ? '' : ' ') + word;
        columns += (first ? 0 : 1) + w;
      }
      first = false;
      for (const code of word.match(SGR) ?? []) open = code === RESET || code === '\x1b[m' ? [] : [...open, code];
    }
  }
  lines.push(current);
  return lines;
}
