// ANSI colour for text drawn as lines (scrolling views), off when the theme says no colour.
const codes = { green: [32, 39], red: [31, 39], yellow: [33, 39], cyan: [36, 39], gray: [90, 39], bold: [1, 22], dim: [2, 22] } as const;

export type Paint = Record<keyof typeof codes, (s: string) => string>;

export function painter(color: boolean): Paint {
  const out = {} as Paint;
  for (const [name, [on, off]] of Object.entries(codes)) {
    out[name as keyof Paint] = color ? (s) => `\x1b[${on}m${s}\x1b[${off}m` : (s) => s;
  }
  return out;
}
