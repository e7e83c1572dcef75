// Text from the user's files may hold control characters (an OSC 52 clipboard write in a comment):
// on a terminal they would run, not show. Each one is drawn as a visible escape instead.
// One function for the CLI's text output and the TUI (below both front ends).
const SGR = /^\x1b\[[0-9;]*m/;

export function displaySafe(text: string, { keepColor = false }: { keepColor?: boolean } = {}): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c, at: number) => {
    const code = c.charCodeAt(0);
    // Our own colour codes (drawn around the user's text) stay.
    if (code === 0x1b && keepColor && SGR.test(text.slice(at))) return c;
    if (code === 0x1b) return '␛';
    if (code < 0x20) return '^' + String.fromCharCode(code + 0x40);
    return `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
