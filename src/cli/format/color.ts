// ANSI styling for plain output. A few SGR codes are all we need; a colour library would add
// start-up time to `lint` for nothing.
import type { Severity } from '../../engine/types';

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  severity(severity: Severity, text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
const same = (text: string) => text;

export function paint(enabled: boolean): Paint {
  if (!enabled) {
    return { bold: same, dim: same, red: same, yellow: same, cyan: same, green: same, severity: (_s, t) => t };
  }
  const red = sgr(31, 39);
  const yellow = sgr(33, 39);
  const cyan = sgr(36, 39);
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red,
    yellow,
    cyan,
    green: sgr(32, 39),
    severity: (severity, text) => (severity === 'error' ? red : severity === 'warning' ? yellow : cyan)(text),
  };
}
