// The Lint screen as state: which phase it is in (typing the path, linting, findings, the fix
// diff), what it found, and the line under the path. Pure, tested without Ink.
import type { Finding } from '../../engine/types';

export type LintState =
  | { phase: 'idle'; message: string | null }
  | { phase: 'linting'; path: string; message: string | null }
  | { phase: 'failed'; path: string; error: string; message: null }
  | { phase: 'done'; path: string; text: string; lines: string[]; findings: Finding[]; fix: FixOffer | null; message: string | null };

export interface FixOffer {
  text: string;
  applied: number;
  diff: string[];
}

export type LintAction =
  | { type: 'started'; path: string }
  | { type: 'linted'; path: string; text: string; findings: Finding[] }
  | { type: 'crashed'; path: string; error: string }
  /** The path could not be read (no such file, a folder, a binary file): nothing is linted. */
  | { type: 'unreadable' }
  | { type: 'offerFix'; fix: FixOffer }
  | { type: 'closeFix'; message: string }
  | { type: 'say'; message: string | null };

export const initialLintState: LintState = { phase: 'idle', message: null };

export function lintReducer(state: LintState, action: LintAction): LintState {
  switch (action.type) {
    case 'started':
      // Re-linting the same file (after a fix was written) keeps the line that says what was done.
      return { phase: 'linting', path: action.path, message: 'path' in state && state.path === action.path ? state.message : null };
    case 'linted':
      return {
        phase: 'done',
        path: action.path,
        text: action.text,
        lines: action.text.split(/\r?\n|\r/),
        findings: action.findings,
        fix: null,
        message: state.phase === 'linting' && state.path === action.path ? state.message : null,
      };
    case 'crashed':
      return { phase: 'failed', path: action.path, error: action.error, message: null };
    case 'unreadable':
      return { phase: 'idle', message: null };
    case 'offerFix':
      return state.phase === 'done' ? { ...state, fix: action.fix } : state;
    case 'closeFix':
      return state.phase === 'done' ? { ...state, fix: null, message: action.message } : state;
    case 'say':
      return state.phase === 'done' || state.phase === 'idle' ? { ...state, message: action.message } : state;
  }
}

/** The key-table mode of the screen: what the footer shows and which keys act. */
export function lintMode(state: LintState, editing: boolean): 'path' | 'linting' | 'fix' | 'findings' {
  if (editing) return 'path';
  if (state.phase === 'linting') return 'linting';
  if (state.phase === 'done' && state.fix) return 'fix';
  return 'findings';
}

export function findingsSummary(findings: readonly Finding[]): string {
  return findings.length === 0 ? 'no findings: clean' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
}
