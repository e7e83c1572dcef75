// Markdown to terminal text, for `ref`, `explain` and the TUI. Kept out of the content
// index so commands that never render (lint) never load marked.
import chalk from 'chalk';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { stripVTControlCharacters } from 'node:util';
import { parseCodeInfo } from './codeblocks';
import { prelexedTokens } from './prelexed';
import type { Section } from './sections';
import { tableAsRecords } from './table-layout';
import { wrapLine } from './wrap';

export interface RenderOptions {
  width: number;
  color: boolean;
}

/** Marks a line that must not be re-wrapped (code). Private-use, never in content. */
const KEEP = '\uE000';

type Style = (text: string) => string;

// cli-highlight falls back to its own chalk for tokens a theme leaves out; a proxy that
// answers every token keeps all colour decisions on the one chalk instance set below.
const TOKEN_STYLES: Record<string, Style> = {
  keyword: (t) => chalk.cyan.bold(t),
  built_in: (t) => chalk.cyan(t),
  string: (t) => chalk.green(t),
  number: (t) => chalk.yellow(t),
  comment: (t) => chalk.gray(t),
  variable: (t) => chalk.magenta(t),
  'template-variable': (t) => chalk.magenta(t),
  attr: (t) => chalk.yellow(t),
  meta: (t) => chalk.gray(t),
  literal: (t) => chalk.blue(t),
};
const theme = new Proxy(TOKEN_STYLES, { get: (styles, token: string) => styles[token] ?? ((t: string) => t) });

type TerminalExtension = { renderer: Record<string, (this: unknown, ...args: unknown[]) => string> };

function terminalExtension(width: number, tableOptions: Record<string, unknown> = {}): TerminalExtension {
  return markedTerminal(
    {
      width,
      reflowText: false,
      tab: 2,
      emoji: false,
      showSectionPrefix: false,
      heading: (t: string) => chalk.green.bold(t),
      firstHeading: (t: string) => chalk.magenta.bold(t),
      codespan: (t: string) => chalk.yellow(t),
      tableOptions: { style: { head: ['bold'], border: ['gray'] }, ...tableOptions },
    },
    { theme, ignoreIllegals: true },
  ) as unknown as TerminalExtension;
}

/** Columns a cell's Markdown takes once rendered: emphasis marks go, but not a `*` inside code (`dotnet/*:8.0`). */
const plainLength = (text: string) =>
  text.split('`').map((part, i) => (i % 2 ? part : part.replace(/[*_]/g, ''))).join('').length;

/**
 * Column widths that fit the table into `width`, shrinking the widest columns first; null if it
 * fits as it is. Widths that still add up to more than `width` mean it cannot fit as a grid.
 */
export function fitColumns(token: Tokens.Table, width: number): number[] | null {
  const columns = token.header.length;
  const natural = token.header.map((cell, i) =>
    Math.max(plainLength(cell.text), ...token.rows.map((row) => plainLength(row[i]?.text ?? ''))) + 2,
  );
  // A column never gets narrower than its longest word: cells wrap between words, and an
  // image name cut in half is worse than a table wider than the terminal.
  const minimum = token.header.map((cell, i) =>
    Math.max(...[cell, ...token.rows.map((row) => row[i])].flatMap((c) => (c?.text ?? '').split(/\s+/).map(plainLength))) + 2,
  );
  const available = width - (columns + 1);
  let total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return null;
  const widths = [...natural];
  while (total > available) {
    let pick = -1;
    for (let i = 0; i < columns; i++) if (widths[i]! > minimum[i]! && (pick < 0 || widths[i]! > widths[pick]!)) pick = i;
    if (pick < 0) break;
    widths[pick]!--;
    total--;
  }
  return widths;
}

/** marked-terminal's inline output still holds its colon placeholder and HTML entities (its own blocks undo them). */
function unescapeInline(text: string): string {
  return text
    .replaceAll('*#COLON|*', ':')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Code fence languages the bundled highlighter knows under another name. */
const LANGUAGE_ALIASES: Record<string, string> = { console: 'bash', sh: 'bash', shell: 'bash', docker: 'dockerfile' };

function renderer(width: number) {
  const terminal = terminalExtension(width);
  const marked = new Marked();
  marked.use(terminal as never);
  marked.use({
    renderer: {
      // marked-terminal renders a list item's text from its raw source; parse its inline tokens.
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return terminal.renderer.text!.call(this, token);
      },
      table(token: Tokens.Table) {
        const widths = fitColumns(token, width);
        if (widths && widths.reduce((a, b) => a + b, 0) + widths.length + 1 > width) {
          // Even at its narrowest the grid would be cut: one block per row instead.
          const cell = (c: Tokens.TableCell) => unescapeInline(this.parser.parseInline(c.tokens));
          const style = { heading: (t: string) => chalk.bold(t), label: (t: string) => chalk.green(t) };
          const lines = tableAsRecords(token.header.map(cell), token.rows.map((r) => r.map(cell)), width, style);
          return lines.map((l) => KEEP + l).join('\n') + '\n\n';
        }
        const ext = widths ? terminalExtension(width, { colWidths: widths, wordWrap: true }) : terminal;
        const body = ext.renderer.table!.call(this, token);
        return body.replace(/\n+$/, '').split('\n').map((l) => KEEP + l).join('\n') + '\n\n';
      },
      code(token: Tokens.Code) {
        const info = parseCodeInfo(token.lang ?? '');
        const caption = info.bad.length > 0 ? `${chalk.red('✗ bad example')} ${chalk.gray(`(lint: ${info.bad.join(', ')})`)}\n` : '';
        const language = LANGUAGE_ALIASES[info.language] ?? info.language;
        const body = terminal.renderer.code!.call(this, { ...token, lang: language });
        const lines = body.replace(/\n+$/, '').split('\n').map((l) => KEEP + l);
        return (caption ? `  ${caption}` : '') + lines.join('\n') + '\n\n';
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (token.href.startsWith('#')) return `${text} ${chalk.gray(`(ref ${token.href.slice(1)})`)}`;
        return token.href === text ? chalk.blue.underline(text) : `${text} (${chalk.blue.underline(token.href)})`;
      },
    },
  });
  return marked;
}

/**
 * Markdown source is wrapped at ~80 columns; join those soft breaks so the text can be wrapped
 * to the terminal's width instead. Run on tokens before rendering (they may come pre-lexed).
 */
function joinSoftBreaks(token: Token): void {
  if ((token.type === 'text' && !('tokens' in token && token.tokens)) || token.type === 'codespan') {
    token.text = token.text.replace(/\n/g, ' ');
  }
}

/** Wrap prose to the width with a hanging indent for list items; keep code and tables as they are. */
function wrapLines(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(KEEP)) {
      out.push(line.slice(KEEP.length));
      continue;
    }
    const visible = stripVTControlCharacters(line);
    if (visible.length <= width) {
      out.push(line);
      continue;
    }
    const lead = /^(\s*(?:[*-] |\d+\. )?)/.exec(visible)![1]!.length;
    out.push(...wrapLine(line, width, lead < width / 2 ? lead : 0));
  }
  // Wrapping leaves the space it broke at; drop trailing blanks (before any closing colour code).
  return out.map((l) => l.replace(/[ \t]+((?:\x1b\[[0-9;]*m)*)$/, '$1')).join('\n');
}

/** Markdown as marked's tokens: what the build stores for each reference section (scripts/lex-reference.ts). */
export function lexMarkdown(markdown: string): Token[] {
  return new Marked().lexer(markdown);
}

export function renderMarkdown(markdown: string, opts: RenderOptions): string {
  return renderTokens(lexMarkdown(markdown), opts);
}

/** A piece of a note line: bold text, inline code, or plain text. */
export type NotePart = { strong: string } | { code: string } | { text: string };

/**
 * A reference section, and notes under a rule after it (`ref`'s "Checked by" footer). The
 * section's tokens come from the build when they were lexed from this very text, and the notes
 * are made as tokens directly: a cold lexer spends its time compiling marked's regular
 * expressions, however short the text (bench/ref-startup.mjs). Renders as the same Markdown lexed.
 */
export function renderSection(
  section: Section,
  opts: RenderOptions,
  notes: NotePart[][] = [],
  lexed: (id: string, markdown: string) => Token[] | null = prelexedTokens,
): string {
  const tokens = lexed(section.id, section.markdown) ?? lexMarkdown(section.markdown);
  return renderTokens(notes.length ? [...tokens, ...noteTokens(notes)] : tokens, opts);
}

/** What the lexer makes of the notes written as Markdown (see notesMarkdown), without running it. */
function noteTokens(notes: NotePart[][]): Token[] {
  const inline = (part: NotePart): Token => {
    if ('strong' in part) {
      const text: Token = { type: 'text', raw: part.strong, text: part.strong, escaped: false };
      return { type: 'strong', raw: `**${part.strong}**`, text: part.strong, tokens: [text] };
    }
    if ('code' in part) return { type: 'codespan', raw: `\`${part.code}\``, text: part.code };
    return { type: 'text', raw: part.text, text: part.text, escaped: false };
  };
  const paragraphs = notes.map((parts): Token => {
    const raw = notesMarkdown([parts]).trim();
    return { type: 'paragraph', raw, text: raw, tokens: parts.map(inline) };
  });
  return [{ type: 'hr', raw: '---\n' }, ...paragraphs];
}

/** The notes as Markdown: a rule, then a paragraph each. */
export function notesMarkdown(notes: NotePart[][]): string {
  const markdown = (part: NotePart) => ('strong' in part ? `**${part.strong}**` : 'code' in part ? `\`${part.code}\`` : part.text);
  return `\n---\n\n${notes.map((parts) => parts.map(markdown).join('')).join('\n\n')}\n`;
}

function renderTokens(tokens: Token[], opts: RenderOptions): string {
  const width = Math.max(30, Math.floor(opts.width) || 80);
  const previous = chalk.level;
  // marked-terminal reads this one global chalk; set it for this call only.
  chalk.level = opts.color ? previous || 1 : 0;
  try {
    const marked = renderer(width);
    marked.walkTokens(tokens, joinSoftBreaks);
    const rendered = marked.parser(tokens);
    const text = wrapLines(rendered.replace(/\n{3,}/g, '\n\n').trimEnd(), width) + '\n';
    return opts.color ? text : stripVTControlCharacters(text);
  } finally {
    chalk.level = previous;
  }
}
