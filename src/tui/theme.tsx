// Colour is decided once (TTY, NO_COLOR, --no-color) and every screen asks here, since chalk ignores NO_COLOR.
import { createContext, useContext } from 'react';

export type Tone = 'accent' | 'good' | 'bad' | 'warn' | 'muted' | 'info';

const palette: Record<Tone, string> = {
  accent: 'cyan',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  muted: 'gray',
  info: 'blue',
};

export interface Theme {
  color: boolean;
  /** A colour name for Ink's `color` prop, or undefined when colour is off. */
  tone(tone: Tone): string | undefined;
}

export function makeTheme(color: boolean): Theme {
  return { color, tone: (t) => (color ? palette[t] : undefined) };
}

export const ThemeContext = createContext<Theme>(makeTheme(false));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
