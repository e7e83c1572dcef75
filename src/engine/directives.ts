// BuildKit's parser directives: the leading run of `# key=value` lines (syntax, escape, check),
// after an optional UTF-8 BOM or `#!` line. Anything else ends the run.

export interface LeadingDirective {
  name: string;
  value: string;
  /** 1-based line. */
  line: number;
  column: number;
  endColumn: number;
}

const KNOWN = new Set(['syntax', 'escape', 'check']);
// As BuildKit's DirectiveParser: `#`, spaces, a name of letters and digits, `=`, a non-empty value.
// The pattern stops at `=`: one over the value too (`(.*?)\s*$`) backtracks quadratically on a long
// run of spaces, so the value is cut with trim() instead.
const DIRECTIVE_KEY = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=/;

export function leadingDirectives(lines: readonly string[]): LeadingDirective[] {
  return scanDirectives(lines).directives;
}

/**
 * A known directive given twice in the leading run (`# syntax=…` on two lines): BuildKit's
 * DirectiveParser refuses the file ("only one syntax parser directive can be used").
 */
export function repeatedDirective(lines: readonly string[]): LeadingDirective | null {
  return scanDirectives(lines).repeated;
}

function scanDirectives(lines: readonly string[]): { directives: LeadingDirective[]; repeated: LeadingDirective | null } {
  const result: LeadingDirective[] = [];
  let repeated: LeadingDirective | null = null;
  for (let i = 0; i < lines.length; i++) {
    // Only comment lines can be directives (a BOM may come first).
    if (!lines[i]!.startsWith('#') && !(i === 0 && lines[i]!.startsWith('\uFEFF'))) break;
    let line = lines[i]!.replace(/\r$/, '');
    if (i === 0) {
      line = line.replace(/^\uFEFF/, '');
      if (line.startsWith('#!')) continue;
    }
    const match = DIRECTIVE_KEY.exec(line);
    if (!match || !KNOWN.has(match[1]!.toLowerCase())) break;
    const name = match[1]!.toLowerCase();
    const offset = lines[i]!.length - lines[i]!.replace(/^\uFEFF/, '').length;
    const value = line.slice(match[0].length).trim();
    if (!value) break;
    const directive = { name, value, line: i + 1, column: 1 + offset, endColumn: line.length + 1 + offset };
    if (result.some((d) => d.name === name)) {
      repeated = directive;
      break;
    }
    result.push(directive);
  }
  return { directives: result, repeated };
}

/** BuildKit check names skipped by `# check=skip=A,B` (or `all`). */
export function skippedChecks(lines: readonly string[]): Set<string> {
  const skipped = new Set<string>();
  const check = leadingDirectives(lines).find((d) => d.name === 'check');
  if (!check) return skipped;
  for (const part of check.value.split(';')) {
    const [key, value] = part.split('=');
    if (key?.trim().toLowerCase() !== 'skip' || value === undefined) continue;
    for (const name of value.split(',')) if (name.trim()) skipped.add(name.trim().toLowerCase());
  }
  return skipped;
}

/** BuildKit's `# check=error=true`: the build fails on any of its checks. */
export function checksAreErrors(lines: readonly string[]): boolean {
  const check = leadingDirectives(lines).find((d) => d.name === 'check');
  if (!check) return false;
  return check.value.split(';').some((part) => {
    const [key, value] = part.split('=');
    return key?.trim().toLowerCase() === 'error' && value?.trim().toLowerCase() === 'true';
  });
}

/** What a `# syntax=` value names, read once for lint (MS001) and the exercise goals. */
export interface SyntaxFrontend {
  /** The frontend reference: BuildKit reads the value's first word. */
  ref: string;
  /** docker/dockerfile:1 or a 1.x tag, optionally pinned by digest: the stable frontend, major 1. */
  stableV1: boolean;
  /** The maintained Dockerfile frontend in any form: also untagged, or docker/dockerfile-upstream. */
  maintained: boolean;
  /** A 1.x release pinned by its tag (`docker/dockerfile:1.2`, `1.3-labs`), else null (`:1`, `:labs`, untagged). */
  pinned: PinnedFrontend | null;
}

export interface PinnedFrontend {
  minor: number;
  channel: 'stable' | 'labs';
}

const PINNED = /^(?:docker\.io\/)?docker\/dockerfile:1\.(\d+)(?:\.\d+)?(-labs|-experimental)?(?:@sha256:[a-f0-9]+)?$/;

const STABLE_V1 = /^(docker\.io\/)?docker\/dockerfile:1(\.\d+){0,2}(-labs|-experimental)?(@sha256:[a-f0-9]+)?$/;
const MAINTAINED = /^(docker\.io\/)?docker\/(dockerfile|dockerfile-upstream(:[\w.-]+)?)(@sha256:[a-f0-9]+)?$/;

export function syntaxFrontend(value: string): SyntaxFrontend {
  const ref = value.trim().split(/\s+/)[0] ?? '';
  const stableV1 = STABLE_V1.test(ref);
  const pin = PINNED.exec(ref);
  const pinned = pin ? { minor: Number(pin[1]), channel: pin[2] ? ('labs' as const) : ('stable' as const) } : null;
  return { ref, stableV1, maintained: stableV1 || MAINTAINED.test(ref), pinned };
}
