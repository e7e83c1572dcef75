// A team's settings file (.multistage-tutor.yaml), as read and checked. See cli.md "Settings file".
import type { Severity } from '../engine/types';

/** What a settings file may set a rule to. */
export type RuleLevel = Severity | 'off';
export type FailOn = Severity | 'none';

export interface Settings {
  /** Absolute path of the file these came from. */
  file: string;
  /** Its folder: ignorePaths, overrides and exercises are relative to it. */
  dir: string;
  /** Per rule ID (as the engine spells it). */
  rules: Record<string, RuleLevel>;
  failOn?: FailOn;
  ignorePaths: string[];
  overrides: { files: string[]; rules: Record<string, RuleLevel> }[];
  /** Lowercase package names. */
  buildTools: string[];
  debugTools: string[];
  /** Absolute folders of team exercise packs. */
  exercises: string[];
}

/** What the settings mean for one Dockerfile, as engine options. */
export interface FileSettings {
  /** Under an `ignorePaths` glob: not linted at all. */
  skip: boolean;
  /** The first `ignorePaths` glob that matched, when `skip`. */
  ignoredBy?: string;
  /** Rules set to `off`. */
  off: string[];
  severity: Record<string, Severity>;
  extraPackages: { buildTools: string[]; debugTools: string[] };
}

/** A settings file that does not parse or holds a bad key or value: one line, exit 2. */
export class SettingsError extends Error {
  // Checked by name: dist/settings.cjs carries its own copy of this class (scripts/build.mjs).
  override readonly name = 'SettingsError';
}

/** The rules the engine has, passed in so this module (loaded lazily) does not carry them. */
export interface KnownRule {
  id: string;
  name: string;
}
