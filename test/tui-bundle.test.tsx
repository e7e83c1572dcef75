// The home screen's first frame must not wait for the engine or the Markdown renderer: in the
// built bundle, nothing the app shell imports statically may contain them (screens load them later).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const dist = resolve(__dirname, '..', 'dist');
const built = existsSync(join(dist, 'cli.js'));

/** Every file a chunk pulls in through static `import … from "./x.js"`, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;\s])import\s*(?:[^"'();]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    staticClosure(resolve(dirname(file), m[1]!), seen);
  }
  return seen;
}

describe.skipIf(!built)('start-up bundle (run `npm run build` first)', () => {
  it('the app shell and home screen load neither the engine nor marked', () => {
    const chunks = readdirSync(join(dist, 'chunks')).map((f) => join(dist, 'chunks', f));
    // The first frame needs the bin, the TUI entry (its start enters the alternate screen) and the app.
    const app = chunks.find((f) => readFileSync(f, 'utf8').includes('Pick a place to start'));
    const start = chunks.find((f) => /\/entry-[^/]*\.js$/.test(f));
    expect(app).toBeDefined();
    expect(start).toBeDefined();
    const loaded = [...staticClosure(join(dist, 'cli.js')), ...staticClosure(start!), ...staticClosure(app!)];
    expect(loaded.length).toBeGreaterThan(3);
    const text = loaded.map((f) => readFileSync(f, 'utf8')).join('\n');
    // A rule's name is in the engine, marked's own error text in marked: check both are findable…
    const all = chunks.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toContain('numeric-stage-reference');
    expect(all).toContain('input parameter is undefined or null');
    // …and absent from what the first frame needs.
    expect(text).not.toContain('numeric-stage-reference');
    expect(text).not.toContain('input parameter is undefined or null');
  });
});
