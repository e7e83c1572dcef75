// Stands in for cli-highlight in the bundle (scripts/build.mjs aliases it here). Same
// `highlight(code, { language, theme })`, without the 190 KB of parse5 that cli-highlight
// loads to read highlight.js's HTML: that HTML is only nested `<span class="hljs-…">`
// and five escaped characters, which a small scanner reads as well.
import hljs from 'highlight.js';

type Style = (text: string) => string;

export interface HighlightOptions {
  language?: string;
  ignoreIllegals?: boolean;
  theme?: Record<string, Style | undefined>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]!);

/** highlight.js HTML → text with each token's run passed through the theme's style, nested as in the HTML. */
export function colorize(html: string, theme: Record<string, Style | undefined> = {}): string {
  const frames: { style: Style | null; text: string }[] = [{ style: null, text: '' }];
  for (const m of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+/g)) {
    if (m[1] !== undefined) {
      const token = m[1].split(/\s+/).find((c) => c.startsWith('hljs-'))?.slice('hljs-'.length);
      frames.push({ style: token ? (theme[token] ?? theme.default ?? null) : null, text: '' });
    } else if (m[0] === '</span>') {
      if (frames.length < 2) continue;
      const done = frames.pop()!;
      frames.at(-1)!.text += done.style ? done.style(done.text) : done.text;
    } else {
      frames.at(-1)!.text += unescape(m[0]);
    }
  }
  // Close whatever the HTML left open (it never should).
  while (frames.length > 1) {
    const done = frames.pop()!;
    frames.at(-1)!.text += done.style ? done.style(done.text) : done.text;
  }
  return frames[0]!.text;
}

export function highlight(code: string, options: HighlightOptions = {}): string {
  const html = options.language
    ? hljs.highlight(code, { language: options.language, ignoreIllegals: options.ignoreIllegals ?? false }).value
    : hljs.highlightAuto(code).value;
  return colorize(html, options.theme);
}

export function supportsLanguage(name: string): boolean {
  return Boolean(hljs.getLanguage(name));
}

export function listLanguages(): string[] {
  return hljs.listLanguages();
}

export default highlight;
