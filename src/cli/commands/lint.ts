// `multistage-tutor lint [FILE...|-]`: the engine on a user's own files, for people and for CI.
import { lintDay } from '../today';
import { tuneForShortRun } from '../short-run';
import { resolve } from 'node:path';
import { escapeControls, fixText, lint, rules, UnknownTargetError, type Finding, type LintOptions, type Severity } from '../../engine';
import { statSync } from 'node:fs';
import { lintOptionsFor, resolveSettings, SettingsError, type LoadedSettings } from '../../settings';
import { CliError, parseCommandArgs, readInput, write, type CliIO, type FileState } from '../io';
import { VERSION } from '../help';
import { paint } from '../format/color';
import { formatText } from '../format/text';
import { formatJson, jsonFinding, type JsonFile } from '../format/json';
import { findRule, unknownRuleMessage } from '../format/suggest';
import { findDockerfiles } from '../find-dockerfiles';
import { requireExerciseFolders } from '../exercise-folders';
import { writeFixes } from '../fix-file';
import { didYouMean, didYouMeanHint } from '../../engine/did-you-mean';

/**
 * From how many files a lint run tunes V8 for a short run. Measured on the shared corpus (whole
 * process, median of 15): 20 files no faster (116 vs 118 ms), 50 files 1.12x, 100 files 1.11x;
 * and one file starts about 1 ms sooner without loading node:v8.
 */
const TUNE_FROM_FILES = 30;
const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'checkstyle'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Why a path is not reported: unreadable (no kind), no --target stage, a folder with no Dockerfile, or --fix could not write it. */
type NotLintedKind = 'target' | 'no-dockerfile' | 'not-written';
type Outcome =
  | { name: string; path: string; lines: string[]; findings: Finding[] }
  | { name: string; path: string; error: string; kind?: NotLintedKind };

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, {
    format: { type: 'string', short: 'f', default: 'text' },
    fix: { type: 'boolean', default: false },
    ignore: { type: 'string', multiple: true, default: [] },
    target: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'no-config': { type: 'boolean', default: false },
    // Team exercise packs mean nothing to lint; accepted so one set of global flags works everywhere.
    exercises: { type: 'string', multiple: true, default: [] },
  });
  requireExerciseFolders(values.exercises!, io.cwd);
  const format = oneOf('--format', values.format!, FORMATS);
  const settings = await loadSettingsFor(io, values.config, values['no-config']!);
  // The flag wins over the settings file.
  const failOn = oneOf('--fail-on', values['fail-on'] ?? settings?.settings.failOn ?? 'error', FAIL_ON);
  const ignore = parseIgnore(values.ignore!);
  const target = values.target;
  if (target !== undefined && target.trim() === '') throw new CliError('lint: --target needs a stage name');
  const expanded = expandDirectories(positionals.length ? positionals : ['Dockerfile'], io);
  const paths = expanded.map((e) => e.path);
  // Worth its cost (loading node:v8) only where functions get hot: see short-run.ts.
  if (expanded.length >= TUNE_FROM_FILES) tuneForShortRun();
  if (paths.filter((p) => p === '-').length > 1) throw new CliError('lint: - (standard input) can be given only once');
  const fixStdin = values.fix && paths.includes('-');
  if (fixStdin && paths.length > 1) {
    throw new CliError('lint: --fix with - prints the fixed file on standard output, so give no other FILE');
  }

  const outcomes: Outcome[] = [];
  let skippedInFolders = 0;
  const today = lintDay(io.env);
  for (const { path, error, inFolder } of expanded) {
    if (error !== undefined) {
      outcomes.push({ name: path, path, error, kind: 'no-dockerfile' });
      continue;
    }
    // Standard input is no path: the settings' rules apply to it, its ignorePaths and overrides do not.
    const options = settings ? lintOptionsFor(settings, path === '-' ? settings.settings.dir : resolve(io.cwd, path)) : {};
    if (options === null) {
      // Under the settings file's ignorePaths: silent for a folder's files; a file named is told why (a warning, as ESLint does).
      if (inFolder) skippedInFolders++;
      else write(io.stderr, `multistage-tutor: warning: ${escapeControls(skippedMessage(path, settings!, io.cwd))}`);
      continue;
    }
    const input = await readInput(path, io);
    if ('error' in input) {
      outcomes.push({ name: input.name, path, error: input.error });
      continue;
    }
    // Only the text format shows source lines: the others keep no file's text once it is linted.
    outcomes.push(
      await lintOne(input.name, path, input.text, {
        ignore,
        target,
        settings: options,
        fix: values.fix!,
        io,
        keepLines: format === 'text',
        file: input.file,
        latin1: input.latin1 === true,
        today,
      }),
    );
  }
  // Unreadable files: one line each on stderr, whatever the format, so stdout stays parseable.
  for (const o of outcomes) if ('error' in o) write(io.stderr, `multistage-tutor: ${escapeControls(o.error)}`);
  if (fixStdin) return exitCode(outcomes, failOn); // stdout holds the fixed file

  if (format === 'text') {
    const reports = outcomes.flatMap((o) => ('findings' in o ? [{ name: o.name, lines: o.lines, findings: o.findings }] : []));
    const notLinted = notLintedParts(outcomes, target);
    if (reports.length > 0 || notLinted.length > 0) {
      io.stdout.write(formatText(reports, notLinted, paint(io.color), io.columns));
    } else if (skippedInFolders > 0) {
      // Every Dockerfile found is under ignorePaths: not a failure, and nothing "could not be read".
      const found = skippedInFolders === 1 ? 'the 1 Dockerfile found matches' : `all ${skippedInFolders} Dockerfiles found match`;
      write(io.stdout, `nothing linted: ${found} ignorePaths in ${escapeControls(settings!.shownAs)}`);
    } // else: only files named and skipped, each told on stderr already
  } else if (format === 'json') {
    const files: JsonFile[] = outcomes.map((o) =>
      'error' in o ? { file: o.name, error: o.error } : { file: o.name, findings: o.findings.map(jsonFinding) },
    );
    io.stdout.write(formatJson(files));
  } else if (format === 'github' || format === 'gitlab' || format === 'checkstyle') {
    const ci = await import('../format/ci');
    const reports = outcomes.map((o) =>
      'error' in o ? { name: o.name, error: o.error, ...(o.kind ? { kind: o.kind } : {}) } : { name: o.name, findings: o.findings },
    );
    io.stdout.write(
      format === 'github' ? ci.formatGithub(reports) : format === 'gitlab' ? ci.formatGitlab(reports) : ci.formatCheckstyle(reports),
    );
  } else {
    // SARIF carries every rule's help and section title: loaded only for this format.
    const [{ formatSarif }, { sectionTitles }] = await Promise.all([import('../format/sarif'), import('../format/sections')]);
    io.stdout.write(formatSarif(outcomes, { cwd: io.cwd, version: VERSION, rules, sectionTitles: await sectionTitles() }));
  }
  return exitCode(outcomes, failOn);
}

interface LintOneOptions {
  ignore: string[];
  /** What the settings file sets for this file. */
  settings: LintOptions;
  target: string | undefined;
  fix: boolean;
  io: CliIO;
  keepLines: boolean;
  /** The file as read, for --fix to check it is still so before replacing it. */
  file: FileState | undefined;
  /** The file was read as Latin-1: fixes are written back byte for byte the same way. */
  latin1: boolean;
  /** The day end-of-life dates are judged against: read once for the whole run. */
  today: string | undefined;
}

async function lintOne(name: string, path: string, text: string, options: LintOneOptions): Promise<Outcome> {
  const today = options.today;
  const engineOptions: LintOptions = {
    ...options.settings,
    ignore: [...options.ignore, ...(options.settings.ignore ?? [])],
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(today ? { today } : {}),
  };
  const stdin = path === '-';
  try {
    let result = lint(text, engineOptions);
    if (options.fix) {
      const fixing = fixText(text, engineOptions, result);
      const fixed = fixing.text;
      const before = result.findings;
      if (fixed !== text) {
        result = fixing.result;
        if (!stdin) {
          const refused = await writeFixes(resolve(options.io.cwd, path), name, fixed, options.file, options.latin1, 'run --fix again');
          if (refused) return { name, path, error: refused, kind: 'not-written' };
        }
        text = fixed;
      }
      if (stdin) options.io.stdout.write(text);
      reportFixes(name, before, result.findings, options.io, stdin);
    }
    return { name, path, lines: options.keepLines ? result.model.lines : [], findings: result.findings };
  } catch (error) {
    if (error instanceof UnknownTargetError) return { name, path, error: `${name}: ${unknownTargetMessage(error)}`, kind: 'target' };
    throw error;
  }
}

/** What --fix changed, on stderr; for stdin always, since stdout holds only the file. */
function reportFixes(name: string, before: Finding[], after: Finding[], io: CliIO, always: boolean): void {
  const remaining = new Set(after.map(key));
  const fixed = before.filter((f) => f.fix?.length && !remaining.has(key(f)));
  if (!fixed.length && !always) return;
  const ids = [...new Set(fixed.map((f) => f.rule))].sort();
  const left = after.length ? `; ${after.length} finding${after.length === 1 ? '' : 's'} left` : '';
  const what = fixed.length ? `fixed ${fixed.length} finding${fixed.length === 1 ? '' : 's'} (${ids.join(', ')})` : 'nothing to fix';
  write(io.stderr, `${escapeControls(name)}: ${what}${left}`);
}

const key = (f: Finding) => `${f.rule}:${f.message}`;

function exitCode(outcomes: Outcome[], failOn: (typeof FAIL_ON)[number]): number {
  if (outcomes.some((o) => 'error' in o)) return 2;
  if (failOn === 'none') return 0;
  const threshold = RANK[failOn];
  const failing = outcomes.some((o) => 'findings' in o && o.findings.some((f) => RANK[f.severity] >= threshold));
  return failing ? 1 : 0;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`lint: ${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
}

function parseIgnore(values: string[]): string[] {
  const ids: string[] = [];
  for (const part of values.flatMap((v) => v.split(','))) {
    const wanted = part.trim();
    if (!wanted) continue;
    const rule = findRule(rules, wanted);
    if (!rule) throw new CliError(`lint: --ignore: ${unknownRuleMessage(rules, wanted)}`);
    ids.push(rule.id);
  }
  return ids;
}

async function loadSettingsFor(io: CliIO, config: string | undefined, noConfig: boolean): Promise<LoadedSettings | null> {
  try {
    return await resolveSettings(io.cwd, { config, noConfig }, rules);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(`lint: ${error.message}`);
    throw error;
  }
}

/** A directory stands for the Dockerfiles under it (sorted, `inFolder`); files and - stay as given. A folder with none is an error entry. */
function expandDirectories(paths: string[], io: CliIO): { path: string; error?: string; inFolder?: true }[] {
  const out: { path: string; error?: string; inFolder?: true }[] = [];
  for (const path of paths) {
    if (path !== '-' && statSync(resolve(io.cwd, path), { throwIfNoEntry: false })?.isDirectory()) {
      const found = findDockerfiles(path, io.cwd);
      if (found.length === 0) {
        const error = `${path}: a folder with no Dockerfile in it (looked for Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile and Containerfile, outside .gitignore)`;
        out.push({ path, error });
      }
      out.push(...found.map((p) => ({ path: p, inFolder: true as const })));
    } else {
      out.push({ path });
    }
  }
  return out;
}

/** `--target X names no stage (did you mean …? stages: …)`: an unknown target is a usage error, not a read error. */
export function unknownTargetMessage(error: UnknownTargetError): string {
  const hint = didYouMeanHint(didYouMean(error.target, error.stages));
  const stages = error.stages.length ? `stages: ${error.stages.join(', ')}` : 'the file names no stage';
  return `--target ${error.target} names no stage (${hint}${stages})`;
}

/** A file named on the command line that the settings file's ignorePaths skip: which file, which glob, how to lint it anyway. */
function skippedMessage(path: string, settings: LoadedSettings, cwd: string): string {
  const glob = settings.forFile(resolve(cwd, path)).ignoredBy;
  return `${path}: skipped: it matches ignorePaths${glob ? ` '${glob}'` : ''} in the settings file ${settings.shownAs} (--no-config lints it)`;
}

/** What the summary line says of the paths not linted, one part per reason: unreadable, no --target stage, a folder with no Dockerfile. */
function notLintedParts(outcomes: Outcome[], target: string | undefined): string[] {
  const failed = outcomes.filter((o) => 'error' in o);
  const count = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  const unread = failed.filter((o) => o.kind === undefined).length;
  const targets = failed.filter((o) => o.kind === 'target').length;
  const unwritten = failed.filter((o) => o.kind === 'not-written').length;
  const folders = failed.filter((o) => o.kind === 'no-dockerfile').map((o) => escapeControls(o.path));
  return [
    ...(unread ? [`${count(unread)} could not be read`] : []),
    ...(unwritten ? [`${count(unwritten)} could not be fixed in place (--fix)`] : []),
    ...(targets ? [`${count(targets)} ${targets === 1 ? 'has' : 'have'} no stage '${target}' (--target)`] : []),
    ...(folders.length ? [`no Dockerfile found in ${folders.join(', ')}`] : []),
  ];
}
