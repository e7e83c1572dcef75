// The bundle that ships: ESM with a shebang, nothing but Node built-ins outside it, `lint` free of
// the UI libraries, and highlight.js cut down to the languages the reference shows.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './cli-helpers';

interface Meta {
  inputs: Record<string, unknown>;
  outputs: Record<
    string,
    { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }
  >;
}

const META = process.env.MULTISTAGE_TUTOR_META ?? join(ROOT, '.tmp', 'build-meta.json');
const meta: Meta = JSON.parse(readFileSync(META, 'utf8'));

/** Output files loaded when `entry` runs, following static imports only. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out) || !meta.outputs[out]) return;
    seen.add(out);
    for (const i of meta.outputs[out]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return seen;
}

const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
const packagesIn = (outputs: Iterable<string>): Set<string> =>
  new Set(
    [...outputs].flatMap((o) =>
      Object.keys(meta.outputs[o]!.inputs)
        .map(packageOf)
        .filter((p): p is string => !!p),
    ),
  );
const entryOf = (source: string) => Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === source);

const HEAVY = ['ink', 'react', 'react-reconciler', 'yoga-layout', 'marked', 'marked-terminal', 'cli-highlight', 'highlight.js', 'chalk'];

describe('the bundle', () => {
  it('is an ESM file with the shebang first, that runs', () => {
    const text = readFileSync(BIN, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).toMatch(/^import /m);
  });

  it('imports nothing from outside itself but Node built-ins', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    // bufferutil and utf-8-validate are optional peers of `ws` (under Ink's devtools), required in a try.
    // ./settings.cjs is ours: the settings file reader beside dist/lint.cjs, loaded only when there is a settings file;
    // so is ./dockerfile-ast.cjs, the parser for the files the fast parser leaves, loaded on first use.
    const ours = ['bufferutil', 'utf-8-validate', './settings.cjs', './dockerfile-ast.cjs', '../dockerfile-ast.cjs'];
    const unexpected = external.filter((p) => !builtins.has(p) && !ours.includes(p));
    expect(unexpected).toEqual([]);
  });

  it('starts `lint` from a single file of its own, without Ink, React, marked or highlight.js', () => {
    const standalone = entryOf('scripts/lint-entry.ts')!;
    expect(standalone).toMatch(/\/lint\.cjs$/);
    expect(meta.outputs[standalone]!.imports.filter((i) => !i.external)).toEqual([]);
    const loaded = packagesIn([standalone]);
    expect(Object.keys(meta.outputs[standalone]!.inputs)).toContain('src/engine/lint.ts'); // the check is real: the engine is in it
    expect([...loaded].filter((p) => HEAVY.includes(p))).toEqual([]);
    // dockerfile-ast is a file of its own beside it, required only for the files the fast parser leaves.
    expect(loaded.has('dockerfile-ast')).toBe(false);
    const parser = Object.keys(meta.outputs).find((o) => o.endsWith('/dockerfile-ast.cjs'))!;
    expect(packagesIn([parser]).has('dockerfile-ast')).toBe(true);
  });

  it("keeps the app's own lint chunks (lint reached through main) free of them too", () => {
    const cli = entryOf('src/cli/bin.ts')!;
    const main = entryOf('src/cli/main.ts')!;
    const lint = entryOf('src/cli/commands/lint.ts')!;
    expect([cli, main, lint].every(Boolean)).toBe(true);
    const closure = new Set([...staticClosure(cli), ...staticClosure(main), ...staticClosure(lint)]);
    const loaded = packagesIn(closure);
    // The check is real: the engine is in them (dockerfile-ast, from dist/chunks/, is ../dockerfile-ast.cjs).
    expect([...closure].some((o) => Object.keys(meta.outputs[o]!.inputs).includes('src/engine/lint.ts'))).toBe(true);
    expect([...closure].some((o) => meta.outputs[o]!.imports.some((i) => i.path === '../dockerfile-ast.cjs'))).toBe(true);
    expect([...loaded].filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('bundles highlight.js core with only the dockerfile, bash, json and yaml languages', () => {
    const languages = Object.keys(meta.inputs)
      .filter((i) => /node_modules\/highlight\.js\/lib\/languages\//.test(i))
      .map((i) => i.replace(/.*\/languages\/|\.js$/g, ''))
      .sort();
    const usesHighlight = Object.keys(meta.inputs).some((i) => i.includes('node_modules/highlight.js/'));
    if (usesHighlight) expect(languages).toEqual(['bash', 'dockerfile', 'json', 'yaml']);
    // The stand-ins of src/content/shims replace cli-highlight (and its parse5) and node-emoji.
    expect(Object.keys(meta.inputs).filter((i) => /node_modules\/(cli-highlight|parse5|node-emoji)\//.test(i))).toEqual([]);
    expect(Object.keys(meta.inputs).filter((i) => /node_modules\/highlight\.js\/lib\/index\.js$/.test(i))).toEqual([]);
  });

  it('looks `ref` up from a single file of its own, with marked but without Ink, React or the engine', () => {
    const standalone = entryOf('scripts/ref-entry.ts')!;
    expect(standalone).toMatch(/\/ref\.js$/);
    expect(meta.outputs[standalone]!.imports.filter((i) => !i.external)).toEqual([]);
    const loaded = packagesIn([standalone]);
    expect(loaded.has('marked')).toBe(true); // the check is real: the renderer is in it
    expect([...loaded].filter((p) => ['ink', 'react', 'react-reconciler', 'yoga-layout', 'dockerfile-ast'].includes(p))).toEqual([]);
    expect(Object.keys(meta.outputs[standalone]!.inputs).filter((i) => i.startsWith('src/engine/rules/'))).toEqual([]);
  });

  it("gives yoga its WebAssembly without fetch(), so the TUI never loads Node's fetch (undici) to start", () => {
    const yoga = Object.keys(meta.outputs).find((o) => Object.keys(meta.outputs[o]!.inputs).some((i) => i.includes('yoga-wasm-base64')))!;
    expect(yoga).toBeDefined();
    // Load the chunk (it instantiates yoga at its top level) and ask Node which of its modules it loaded.
    const script = `await import(${JSON.stringify(pathToFileURL(join(ROOT, yoga)).href)});
      process.stdout.write(JSON.stringify(process.moduleLoadList.filter((m) => /undici|fetch/i.test(m))));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('replaces react-devtools-core with the stub', () => {
    expect(Object.keys(meta.inputs).filter((i) => i.includes('node_modules/react-devtools-core/'))).toEqual([]);
  });
});
