// Text from a user's file, made safe to print on a terminal.

// C0 controls but tab, DEL, C1 controls (U+009B is a CSI on some terminals), and the bidi
// controls that can reorder what a line seems to say ("Trojan Source").
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Every control character of `text` as a visible escape (`\x1b`, `\u202e`), so text from a
 * Dockerfile can never drive the terminal it is printed on (an OSC 52 sequence in a comment
 * would write the user's clipboard). Tabs stay. The one function for this: cli and tui use it.
 */
export function escapeControls(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
