// A table too wide for the terminal, laid out as one block per row: the row's first cell as a
// heading, then "Header: value" for each other cell, wrapped to the width. `ref` and the TUI's
// reference screen both get it through renderMarkdown, so no value is ever cut at the edge.
import { stripVTControlCharacters } from 'node:util';
import { wrapLine } from './wrap';

export interface RecordStyle {
  heading: (text: string) => string;
  label: (text: string) => string;
}

const plain: RecordStyle = { heading: (t) => t, label: (t) => t };

/** `header` and each row's cells as inline-rendered text (colour codes allowed). */
export function tableAsRecords(header: readonly string[], rows: readonly (readonly string[])[], width: number, style: RecordStyle = plain): string[] {
  const out: string[] = [];
  for (const row of rows) {
    if (out.length) out.push('');
    out.push(...wrapLine(style.heading(row[0] ?? ''), width, 2));
    for (let i = 1; i < header.length; i++) {
      const value = row[i]?.trim() ?? '';
      if (!value) continue;
      // Continuation lines hang under the label, unless that would break a word of the value in two.
      const longest = Math.max(...stripVTControlCharacters(value).split(/\s+/).map((w) => [...w].length));
      out.push(...wrapLine(`  ${style.label(`${header[i]!.trim()}:`)} ${value}`, width, longest + 4 <= width ? 4 : 2));
    }
  }
  return out;
}
