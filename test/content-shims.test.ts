// The bundle swaps cli-highlight and node-emoji for small stand-ins (start-up time); they must
// behave as the originals do where marked-terminal uses them.
import { highlight as original } from 'cli-highlight';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { colorize, highlight, supportsLanguage } from '../src/content/shims/cli-highlight';
import * as emoji from '../src/content/shims/node-emoji';
import { codeBlocks, loadSections } from '../src/content';

const tag = (name: string) => (t: string) => `<${name}>${t}</${name}>`;

describe('cli-highlight stand-in', () => {
  it('gives the same text as cli-highlight for every code block of the reference', () => {
    for (const s of loadSections()) {
      for (const b of codeBlocks(s.markdown)) {
        const language = b.language === 'console' ? 'bash' : b.language;
        if (!supportsLanguage(language)) continue;
        const ours = stripVTControlCharacters(highlight(b.code, { language, ignoreIllegals: true }));
        expect(ours).toBe(stripVTControlCharacters(original(b.code, { language, ignoreIllegals: true })));
        expect(ours).toBe(b.code);
      }
    }
  });

  it('styles each token with the theme, inner tokens inside outer ones', () => {
    const out = highlight('FROM alpine:3.19 AS runtime\nRUN echo "$HOME"\n', {
      language: 'dockerfile',
      theme: { keyword: tag('k'), string: tag('s'), variable: tag('v') },
    });
    expect(out).toContain('<k>FROM</k>');
    expect(out).toContain('<k>RUN</k>');
    expect(out).toMatch(/<s>"<v>\$HOME<\/v>"<\/s>/);
  });

  it('reads the escaped characters of highlight.js HTML back', () => {
    expect(colorize('<span class="hljs-string">&quot;a&lt;b&gt; &amp; &#x27;c&#x27;&quot;</span>', {})).toBe(`"a<b> & 'c'"`);
  });
});

describe('node-emoji stand-in', () => {
  it('knows no emoji, so text stays as written', () => {
    expect(emoji.get(':smile:')).toBeUndefined();
    expect(emoji.emojify('a :smile: b')).toBe('a :smile: b');
  });
});
