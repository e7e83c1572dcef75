// `lint DIR`: the Dockerfiles under a folder, by the names cli.md lists, skipping .git,
// node_modules and what .gitignore files (nested ones too, and those above DIR in its repository)
// ignore. Gitignore matching is the `ignore` package's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { repositoryRoot } from '../settings/find';

/** Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile; not BuildKit's per-Dockerfile `.dockerignore` files. */
export function isDockerfileName(name: string): boolean {
  if (name.endsWith('.dockerignore')) return false;
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.startsWith('Dockerfile.') ||
    (/.\.[Dd]ockerfile$/.test(name) && !/^\.[Dd]ockerfile$/.test(name))
  );
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

interface Rules {
  /** The absolute folder the .gitignore is in. */
  base: string;
  matcher: Ignore;
}

/** Paths of the Dockerfiles under `dir` (as given, joined with their relative paths), sorted. */
export function findDockerfiles(dir: string, cwd: string): string[] {
  const root = resolve(cwd, dir);
  const found: string[] = [];
  walk(root, '', inheritedRules(root), found);
  found.sort();
  return found.map((rel) => join(dir, rel));
}

/** .gitignore files between the repository root and `root` (exclusive), and .git/info/exclude. */
function inheritedRules(root: string): Rules[] {
  const repo = repositoryRoot(root);
  if (!repo) return [];
  const rules: Rules[] = readRules(join(repo, '.git', 'info', 'exclude'), repo);
  if (repo === root) return rules;
  const chain: string[] = [];
  for (let d = dirname(root); d.length >= repo.length; d = dirname(d)) {
    chain.unshift(d);
    if (d === repo) break;
  }
  for (const d of chain) rules.push(...readRules(join(d, '.gitignore'), d));
  return rules;
}

function readRules(file: string, base: string): Rules[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return [{ base, matcher: ignore().add(text) }];
}

/** Deepest .gitignore first: the first that says ignored or re-included decides, as in git. */
function isIgnored(rules: Rules[], path: string, isDir: boolean): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const { base, matcher } = rules[i]!;
    // Every path under the walk is absolute and lies under each rule's folder: slicing is enough.
    if (path.length <= base.length + 1 || !path.startsWith(base) || path[base.length] !== sep) continue;
    const rel = sep === '/' ? path.slice(base.length + 1) : toPosix(path.slice(base.length + 1));
    const result = matcher.test(isDir ? `${rel}/` : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

function walk(root: string, rel: string, rules: Rules[], found: string[]): void {
  let entries;
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return; // unreadable folder: nothing to lint in it
  }
  const here = entries.some((e) => e.name === '.gitignore' && !e.isDirectory())
    ? [...rules, ...readRules(join(root, rel, '.gitignore'), join(root, rel))]
    : rules;
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    const absolute = join(root, path);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A link to a file is linted; links to folders are not followed (no loops, no walking out of the tree).
      isFile = statSync(absolute, { throwIfNoEntry: false })?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) {
      if (!SKIPPED_DIRS.has(entry.name) && !isIgnored(here, absolute, true)) walk(root, path, here, found);
    } else if (isFile && isDockerfileName(entry.name) && !isIgnored(here, absolute, false)) {
      found.push(path);
    }
  }
}

const toPosix = (path: string) => path.split(sep).join('/');
