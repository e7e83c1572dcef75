#!/usr/bin/env node
// Keeps every image tag in the content on the releases of content/versions.json.
//   node scripts/content-versions.mjs          lists tags that drift (exit 1 if any)
//   node scripts/content-versions.mjs --write  rewrites them to the table's versions
// The tests import `drifts` so CI fails when an example drifts from the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadVersions(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'content', 'versions.json'), 'utf8'));
}

/** Files the table governs, relative to the root. */
export function governedFiles(versions, root = ROOT) {
  const exempt = new Set(versions.exempt);
  return globSync(versions.files, { cwd: root })
    .filter((f) => !exempt.has(f))
    .sort();
}

/** Each tag in `text` whose version differs from the table: { line, found, want, release }. */
export function drifts(text, versions) {
  const out = [];
  for (const pattern of versions.patterns) {
    const want = versions.releases[pattern.release].version;
    const regex = new RegExp(pattern.regex, 'g');
    for (const match of text.matchAll(regex)) {
      if (match[1] === want) continue;
      const line = text.slice(0, match.index).split('\n').length;
      out.push({ line, found: match[0], version: match[1], want, release: pattern.release });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** `text` with every governed tag moved to the table's version. */
export function refresh(text, versions) {
  let result = text;
  for (const pattern of versions.patterns) {
    const want = versions.releases[pattern.release].version;
    result = result.replace(new RegExp(pattern.regex, 'g'), (whole, version) => whole.replace(version, want));
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const write = process.argv.includes('--write');
  const versions = loadVersions();
  let count = 0;
  for (const file of governedFiles(versions)) {
    const path = join(ROOT, file);
    const text = readFileSync(path, 'utf8');
    const found = drifts(text, versions);
    if (found.length === 0) continue;
    count += found.length;
    if (write) writeFileSync(path, refresh(text, versions));
    for (const d of found) console.log(`${file}:${d.line}: ${d.found} → ${d.release} ${d.want}${write ? ' (rewritten)' : ''}`);
  }
  console.log(
    count === 0 ? 'every tag matches content/versions.json' : `${count} tag(s) ${write ? 'rewritten' : 'drift from content/versions.json'}`,
  );
  process.exitCode = count > 0 && !write ? 1 : 0;
}
