// Reads and checks a settings file, and says what it means for one Dockerfile. Loaded only when a
// settings file exists (it brings the YAML parser and the glob matcher): `lint` builds it as a
// file of its own, dist/settings.cjs (scripts/build.mjs).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { findRuleByIdOrName } from '../engine/rule-id';
import { SettingsError, type FailOn, type FileSettings, type KnownRule, type RuleLevel, type Settings } from './types';

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];
const KEYS = ['rules', 'failOn', 'ignorePaths', 'overrides', 'buildTools', 'debugTools', 'exercises'] as const;
const OVERRIDE_KEYS = ['files', 'rules'] as const;

/**
 * The settings in `file`. `shownAs` is how error lines name the file. Every problem is a
 * SettingsError whose message is one line: `FILE:LINE: KEY: what is wrong (how to mend it)`.
 */
export function loadSettings(file: string, knownRules: readonly KnownRule[], shownAs: string = file): Settings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SettingsError(`${shownAs}: cannot read the settings file (${code})`);
  }
  const source = text.replace(/^\uFEFF/, '');
  // A *.json file is JSON, strictly: a trailing comma or a comment is an error, not YAML leniency.
  const format = /\.json$/i.test(file) ? 'JSON' : 'YAML';
  if (format === 'JSON') checkJson(source, shownAs);
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, key: string, what: string): never => {
    throw new SettingsError(`${shownAs}:${lineOf(node)}: ${key}: ${what}`);
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line ?? 1;
    throw new SettingsError(`${shownAs}:${line}: not valid ${format}: ${syntax.message.split('\n')[0]}`);
  }

  const dir = dirname(file);
  const settings: Settings = { file, dir, rules: {}, ignorePaths: [], overrides: [], buildTools: [], debugTools: [], exercises: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return settings; // an empty file
  if (!isMap(root)) return fail(root, '(top level)', `must be a mapping of settings (keys: ${KEYS.join(', ')})`);

  const ruleMap = (node: Node | null, key: string): Record<string, RuleLevel> => {
    if (!isMap(node)) return fail(node, key, `must map rule IDs to ${LEVELS.join('|')}, e.g. 'MS015: off'`);
    const out: Record<string, RuleLevel> = {};
    for (const pair of node.items as Pair<Node, Node>[]) {
      const name = scalarText(pair.key);
      const rule = findRuleByIdOrName(knownRules, name);
      if (!rule)
        fail(
          pair.key,
          `${key}.${name}`,
          `unknown rule (rules are ${knownRules[0]?.id}…${knownRules.at(-1)?.id}; 'multistage-tutor rules' lists them)`,
        );
      const level = isScalar(pair.value) ? String(pair.value.value) : '';
      if (!(LEVELS as readonly string[]).includes(level))
        fail(pair.value ?? pair.key, `${key}.${name}`, `must be one of ${LEVELS.join(', ')}, not '${level}'`);
      out[rule!.id] = level as RuleLevel;
    }
    return out;
  };
  const strings = (node: Node | null, key: string, what: string): string[] => {
    const items = isSeq(node) ? (node.items as Node[]) : isScalar(node) ? [node] : fail(node, key, `must be a list of ${what}`);
    return items.map((item, i) => {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '')
        return fail(item, `${key}[${i}]`, `must be ${what.replace(/^(\w+) (\w+)s$/, 'a $1 $2').replace(/^(\w+)s$/, 'a $1')}`);
      return item.value.trim();
    });
  };

  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = scalarText(pair.key);
    const value = pair.value;
    switch (key as (typeof KEYS)[number]) {
      case 'rules':
        settings.rules = ruleMap(value, 'rules');
        break;
      case 'failOn': {
        const level = isScalar(value) ? String(value.value) : '';
        if (!(FAIL_ON as readonly string[]).includes(level))
          fail(value ?? pair.key, key, `must be one of ${FAIL_ON.join(', ')}, not '${level}'`);
        settings.failOn = level as FailOn;
        break;
      }
      case 'ignorePaths':
        settings.ignorePaths = strings(value, key, 'glob patterns');
        break;
      case 'overrides': {
        if (!isSeq(value)) fail(value ?? pair.key, key, 'must be a list of { files: [globs], rules: { ID: level } }');
        for (const [i, item] of (value as { items: Node[] }).items.entries()) {
          const at = `overrides[${i}]`;
          if (!isMap(item)) return fail(item, at, 'must be a mapping with files and rules');
          for (const p of item.items as Pair<Node, Node>[]) {
            const name = scalarText(p.key);
            if (!(OVERRIDE_KEYS as readonly string[]).includes(name))
              fail(p.key, `${at}.${name}`, `unknown key (an override has ${OVERRIDE_KEYS.join(' and ')})`);
          }
          const files = item.get('files', true) as Node | undefined;
          const rules = item.get('rules', true) as Node | undefined;
          if (!files || !rules) fail(item, at, 'needs both files and rules');
          settings.overrides.push({ files: strings(files!, `${at}.files`, 'glob patterns'), rules: ruleMap(rules!, `${at}.rules`) });
        }
        break;
      }
      case 'buildTools':
      case 'debugTools':
        settings[key as 'buildTools' | 'debugTools'] = strings(value, key, 'package names').map((s) => s.toLowerCase());
        break;
      case 'exercises':
        settings.exercises = strings(value, key, 'folders').map((folder) => resolve(dir, folder));
        break;
      default:
        fail(pair.key, key, `unknown key (${didYouMean(key)}keys: ${KEYS.join(', ')})`);
    }
  }
  return settings;
}

/**
 * Parses `text` with JSON.parse (the YAML reader, which knows lines, reads it after) and throws
 * `FILE:LINE:COLUMN: not valid JSON: …` where it breaks. An empty file sets nothing, as in YAML.
 */
function checkJson(text: string, shownAs: string): void {
  if (text.trim() === '') return;
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says where as "at position N" (or not at all: "Unexpected token 'x', "…" is not valid JSON").
    const found = /at position (\d+)/.exec(message);
    const at = found ? Number(found[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
    const trailing = at !== undefined && /,\s*$/.test(text.slice(0, at)) && /^[}\]]/.test(text.slice(at));
    const where = at === undefined ? '' : `:${lineColumn(text, at)}`;
    const hint = trailing
      ? ' (JSON allows no comma before a closing bracket)'
      : /^\s*[{[]/.test(text)
        ? ''
        : ' (a .json settings file holds a JSON object; name it .yaml to write YAML)';
    throw new SettingsError(`${shownAs}${where}: not valid JSON: ${what}${hint}`);
  }
}

/** `LINE:COLUMN` (both from 1) of a string offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function didYouMean(key: string): string {
  const close = KEYS.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
  return close ? `did you mean '${close}'? ` : '';
}

function scalarText(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

/** Matchers per Settings object, built once for a run over many files. */
const matchers = new WeakMap<Settings, { ignored: (path: string) => string | undefined; overrides: ((path: string) => boolean)[] }>();

/** What the settings mean for the Dockerfile at `path` (absolute). */
export function settingsForFile(settings: Settings, path: string): FileSettings {
  let m = matchers.get(settings);
  if (!m) {
    const match = (globs: string[]) => (globs.length ? picomatch(globs, { dot: true }) : () => false);
    // One matcher per ignorePaths glob: a file named on the command line is told which one skipped it.
    const ignored = settings.ignorePaths.map((glob) => [glob, picomatch(glob, { dot: true })] as const);
    m = { ignored: (rel) => ignored.find(([, test]) => test(rel))?.[0], overrides: settings.overrides.map((o) => match(o.files)) };
    matchers.set(settings, m);
  }
  // Globs are relative to the settings file's folder; a file outside it matches none.
  const rel = relative(settings.dir, path).split(sep).join('/');
  const inside = rel !== '' && !rel.startsWith('../') && rel !== '..';
  const levels: Record<string, RuleLevel> = { ...settings.rules };
  if (inside) settings.overrides.forEach((o, i) => m.overrides[i]!(rel) && Object.assign(levels, o.rules));
  const off: string[] = [];
  const severity: FileSettings['severity'] = {};
  for (const [id, level] of Object.entries(levels)) {
    if (level === 'off') off.push(id);
    else severity[id] = level;
  }
  const ignoredBy = inside ? m.ignored(rel) : undefined;
  return {
    skip: ignoredBy !== undefined,
    ...(ignoredBy !== undefined ? { ignoredBy } : {}),
    off,
    severity,
    extraPackages: { buildTools: settings.buildTools, debugTools: settings.debugTools },
  };
}
