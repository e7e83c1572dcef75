// A team's settings file for `lint`, `check` and the TUI. Finding it costs a few stat calls; the
// YAML parser and glob matcher load only when there is a file to read.
//
//   const loaded = await resolveSettings(cwd, { config, noConfig }, rules)   // null: no settings file
//   loaded.settings.failOn / .exercises / .rules …                            // as read and checked
//   loaded.forFile(absolutePath) → { skip, off, severity, extraPackages }     // engine options for one file
//   lintOptionsFor(loaded, absolutePath) → LintOptions | null                 // the same, for engine lint(); null: ignored path
//   activeSettings() → LoadedSettings | null                                   // what the CLI resolved at start (for the TUI)
//
// A bad file throws SettingsError with a one-line message naming file, line and key (exit 2).
import { relative, resolve } from 'node:path';
import type { LintOptions } from '../engine/lint';
import { findSettingsFile } from './find';
import { SettingsError, type FileSettings, type KnownRule, type Settings } from './types';

export { findSettingsFile, repositoryRoot, SETTINGS_NAMES } from './find';
export { SettingsError } from './types';
export type { FailOn, FileSettings, RuleLevel, Settings } from './types';

export interface SettingsRequest {
  /** `--config FILE`, relative to cwd. */
  config?: string | undefined;
  /** `--no-config`. */
  noConfig?: boolean | undefined;
}

export interface LoadedSettings {
  settings: Settings;
  /** The file as messages name it: relative to the current folder when inside it, else absolute. */
  shownAs: string;
  forFile(path: string): FileSettings;
}

export async function resolveSettings(
  cwd: string,
  request: SettingsRequest,
  knownRules: readonly KnownRule[],
): Promise<LoadedSettings | null> {
  if (request.noConfig) {
    if (request.config !== undefined) throw new SettingsError('--config and --no-config cannot be given together');
    return null;
  }
  let file: string | null;
  if (request.config !== undefined) {
    if (request.config.trim() === '') throw new SettingsError('--config needs the path of a settings file');
    file = resolve(cwd, request.config);
  } else {
    file = findSettingsFile(cwd);
  }
  if (file === null) return null;
  // dist/lint.cjs loads this as a file of its own (scripts/build.mjs), only now that there is a file.
  const { loadSettings, settingsForFile } = await import('./load');
  const rel = relative(cwd, file);
  const shownAs = rel && !rel.startsWith('..') ? rel : file;
  let settings: Settings;
  try {
    settings = loadSettings(file, knownRules, shownAs);
  } catch (error) {
    if (error instanceof Error && error.name === 'SettingsError') throw new SettingsError(error.message);
    throw error;
  }
  return { settings, shownAs, forFile: (path) => settingsForFile(settings, path) };
}

let active: LoadedSettings | null = null;

/** The settings this process runs with, as the CLI resolved them at start (null: none). The TUI reads them here. */
export function activeSettings(): LoadedSettings | null {
  return active;
}

export function setActiveSettings(loaded: LoadedSettings | null): void {
  active = loaded;
}

/** The settings as engine options for one file, added to what the caller asked; null when the file is under ignorePaths. */
export function lintOptionsFor(loaded: LoadedSettings | null, path: string, base: LintOptions = {}): LintOptions | null {
  if (!loaded) return base;
  const file = loaded.forFile(path);
  if (file.skip) return null;
  return {
    ...base,
    ignore: [...(base.ignore ?? []), ...file.off],
    severity: { ...file.severity, ...base.severity },
    extraPackages: file.extraPackages,
  };
}
