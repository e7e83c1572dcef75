// Markdown to terminal text, for `ref`, `explain` and the TUI. Kept out of the content
// index so commands that never render (lint) never load marked.
import chalk from 'chalk';
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { stripVTControlCharacters } from 'node:util';
import wrapAnsi from 'wrap-ansi';
import { parseCodeInfo } from './codeblocks';

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

function renderer(width: number) {
  const terminal = markedTerminal(
    {
      width,
      reflowText: false,
      tab: 2,
      emoji: false,
      showSectionPrefix: false,
      heading: (t: string) => chalk.green.bold(t),
      firstHeading: (t: string) => chalk.magenta.bold(t),
      codespan: (t: string) => chalk.yellow(t),
    },
    { theme, ignoreIllegals: true },
  ) as { renderer: Record<string, (...args: unknown[]) => string> };
  const marked = new Marked();
  marked.use(terminal as never);
  marked.use({
    renderer: {
      code(token: Tokens.Code) {
        const info = parseCodeInfo(token.lang ?? '');
        const caption = info.bad.length > 0 ? `${chalk.red('✗ bad example')} ${chalk.gray(`(lint: ${info.bad.join(', ')})`)}\n` : '';
        const body = terminal.renderer.code!.call(this, { ...token, lang: info.language });
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

/** Wrap prose to the width with a hanging indent for list items; keep code and tables as they are. */
function wrapLines(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(KEEP)) {
      out.push(line.slice(KEEP.length));
      continue;
    }
    const visible = stripVTControlCharacters(line);
    if (visible.length <= width || /^\s*[┌│├└╭╰║╔╚]/.test(visible)) {
      out.push(line);
      continue;
    }
    const lead = /^(\s*(?:[*-] |\d+\. )?)/.exec(visible)![1]!.length;
    const wrapped = wrapAnsi(line, Math.max(20, width - lead), { hard: true, trim: false }).split('\n');
    out.push(wrapped[0]!, ...wrapped.slice(1).map((l) => ' '.repeat(lead) + l.replace(/^\s+/, '')));
  }
  return out.join('\n');
}

export function renderMarkdown(markdown: string, opts: RenderOptions): string {
  const width = Math.max(30, Math.floor(opts.width) || 80);
  const previous = chalk.level;
  // marked-terminal reads this one global chalk; set it for this call only.
  chalk.level = opts.color ? previous || 1 : 0;
  try {
    const rendered = renderer(width).parse(markdown, { async: false }) as string;
    const text = wrapLines(rendered.replace(/\n{3,}/g, '\n\n').trimEnd(), width) + '\n';
    return opts.color ? text : stripVTControlCharacters(text);
  } finally {
    chalk.level = previous;
  }
}
