// Bundles the CLI into dist/ so the published package needs no runtime dependencies.
// Also writes .tmp/build-meta.json (esbuild's metafiles of both builds): test/build-*.test.ts
// reads it to prove that `lint` loads none of the heavy UI modules and that highlight.js is
// trimmed. `node scripts/build.mjs --outdir DIR` builds elsewhere (meta in DIR.meta.json), so a
// bench can measure a build that a concurrent `npm test` will not replace under it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist');
const metaFile = at > 0 ? `${outdir}.meta.json` : join(root, '.tmp', 'build-meta.json');
rmSync(outdir, { recursive: true, force: true });

/** Only the bare `highlight.js` import goes to the stub; its `highlight.js/lib/...` imports resolve as usual. */
const trimHighlight = {
  name: 'trim-highlight.js',
  setup(b) {
    b.onResolve({ filter: /^highlight\.js$/ }, () => ({ path: join(root, 'scripts/stubs/highlight.cjs') }));
  },
};

/**
 * yoga-layout (Ink's layout engine) carries its WebAssembly as a base64 data: URL and, when
 * `fetch` exists, fetch()es it: in Node that loads undici, Node's fetch, only to decode a string.
 * Decoding it with Buffer instead spares the TUI's first frame that load (bench/tui-startup.mjs).
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const from = 'function ya(){return w||';
      if (!source.includes(from)) throw new Error(`yoga-layout changed: ${from} is gone; update yogaWithoutFetch in scripts/build.mjs`);
      // H is the data: URL; its base64 starts after 'data:application/octet-stream;base64,'.
      const contents = source.replace(from, 'function ya(){w=w||Buffer.from(H.slice(H.indexOf(",")+1),"base64");return w||');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * `import … from 'node:process'` (chalk, Ink and others) to the stand-in of scripts/stubs/process.js.
 * Only ES imports: a require('process') (yaml's) gets Node's own module, every member of it.
 */
const processGlobal = {
  name: 'process-global',
  setup(b) {
    b.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      args.kind === 'import-statement' ? { path: join(root, 'scripts/stubs/process.js') } : undefined,
    );
  },
};

const shared = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm', // yoga-layout (under Ink) uses top-level await
  platform: 'node',
  target: 'node20',
  // Without esbuild's default 'module' condition, vscode-languageserver-types and -textdocument
  // (under dockerfile-ast) resolve to their CommonJS builds, which dockerfile-ast require()s
  // directly instead of through an export getter on every Range.create: lint is ~3% faster.
  conditions: ['node'],
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  metafile: true,
  // React and Ink skip their development checks: about 20 ms less start-up.
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: {
    // Ink imports react-devtools-core only in development; marking it external crashes at start-up.
    'react-devtools-core': './scripts/stubs/react-devtools-core.js',
    // marked-terminal's helpers, replaced by lighter ones of ours for `ref` start-up: cli-highlight
    // brings parse5 (190 KB) to read highlight.js's HTML; node-emoji brings emoji data we turn off.
    'cli-highlight': './src/content/shims/cli-highlight.ts',
    'node-emoji': './src/content/shims/node-emoji.ts',
  },
  plugins: [trimHighlight, yogaWithoutFetch, processGlobal],
  // CommonJS modules inside the ESM bundle still call require() and may read __filename.
  // Minifying renames any top-level name of ours that would clash.
  banner: {
    js: [
      "import { createRequire as __msCreateRequire } from 'node:module';",
      "import { fileURLToPath as __msFileURLToPath } from 'node:url';",
      'const require = __msCreateRequire(import.meta.url);',
      'const __filename = __msFileURLToPath(import.meta.url);',
      "const __dirname = __msFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  logLevel: 'warning',
};

// dockerfile-ast reads only the few files the fast parser leaves (src/engine/parse-fast.ts): a file
// of its own beside lint.cjs, required on first use, so a lint start does not compile its 90 KB.
/** `from`: where dist/dockerfile-ast.cjs is seen from the output files of that build. */
const parserApart = (from) => ({
  name: 'parser-apart',
  setup(b) {
    b.onResolve({ filter: /^dockerfile-ast(\/lib\/parser\.js)?$/ }, (args) =>
      args.importer.endsWith(join('src', 'engine', 'parse.ts')) ? { path: from, external: true } : undefined,
    );
  },
});
// The app: each command's code in chunks loaded when the command runs.
// Its engine code sits in dist/chunks/, so the parser file is one folder up from there.
const app = await build({
  ...shared,
  entryPoints: { cli: 'src/cli/bin.ts' },
  splitting: true,
  plugins: [...shared.plugins, parserApart('../dockerfile-ast.cjs')],
});
// `lint` on its own, one file with no chunks: fewer modules to load is faster start-up (bin.ts).
// CommonJS, so bin.ts can run it with V8's code cache (src/cli/compile-cache.ts): no import() may
// be left in it (esbuild turns each into a require), and import.meta.url becomes the file's URL.
// The settings file reader (YAML parser, glob matcher) is a file of its own beside it,
// dist/settings.cjs, which lint loads only when there is a settings file (src/settings/index.ts).
const settingsApart = {
  name: 'settings-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/load$/ }, (args) =>
      args.importer.endsWith(join('src', 'settings', 'index.ts')) ? { path: './settings.cjs', external: true } : undefined,
    );
  },
};
const commonJs = {
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { ...shared.define, 'import.meta.url': '__msImportMetaUrl' },
  banner: { js: "var __msImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  outExtension: { '.js': '.cjs' },
};
const lint = await build({
  ...shared,
  ...commonJs,
  entryPoints: { lint: 'scripts/lint-entry.ts' },
  splitting: false,
  plugins: [...shared.plugins, settingsApart, parserApart('./dockerfile-ast.cjs')],
});
// `ref TOPIC...` on its own too (bin.ts sends it here when it has no options): the reference
// and marked in one file, where the app would load a dozen chunks for it (bench/ref-startup.mjs).
const ref = await build({
  ...shared,
  entryPoints: { ref: 'scripts/ref-entry.ts' },
  splitting: false,
});
// The parser file: dockerfile-ast and its parser module in one CommonJS bundle (parse.ts requires both).
const parser = await build({
  ...shared,
  stdin: {
    contents: "module.exports = { ...require('dockerfile-ast'), Parser: require('dockerfile-ast/lib/parser.js').Parser };",
    resolveDir: root,
    loader: 'js',
  },
  outfile: join(outdir, 'dockerfile-ast.cjs'),
  outdir: undefined,
  format: 'cjs',
  splitting: false,
  banner: {},
});
// yaml's ES module build (its `browser` one, plain JS with no browser APIs) lets esbuild drop what
// parseDocument never reaches; the CommonJS build that the 'node' condition picks is kept whole.
const settings = await build({
  ...shared,
  ...commonJs,
  entryPoints: { settings: 'src/settings/load.ts' },
  splitting: false,
  alias: { ...shared.alias, yaml: './node_modules/yaml/browser/dist/index.js' },
});
// The TUI's Lint screen runs the engine in a worker thread (src/tui/hooks/use-lint-runner.ts): one file.
const worker = await build({
  ...shared,
  entryPoints: { 'lint-worker': 'src/tui/lint-worker.ts' },
  splitting: false,
  plugins: [...shared.plugins, parserApart('./dockerfile-ast.cjs')],
});
// The reference, lexed once here instead of on every cold `ref` (src/content/prelexed.ts): the
// lexing script is bundled, run on this checkout's content/, and removed.
const lexer = join(outdir, 'lex-reference.mjs');
await build({ ...shared, entryPoints: ['scripts/lex-reference.ts'], outdir: undefined, outfile: lexer, metafile: false, splitting: false });
const lexed = spawnSync(process.execPath, [lexer, outdir], {
  stdio: 'inherit',
  env: { ...process.env, MULTISTAGE_TUTOR_CONTENT: join(root, 'content') },
});
rmSync(lexer);
if (lexed.status !== 0) throw new Error('lexing the reference failed');
chmodSync(join(outdir, 'cli.js'), 0o755);
mkdirSync(dirname(metaFile), { recursive: true });
const builds = [app, lint, ref, settings, worker, parser];
const meta = {
  inputs: Object.assign({}, ...builds.map((b) => b.metafile.inputs)),
  outputs: Object.assign({}, ...builds.map((b) => b.metafile.outputs)),
};
writeFileSync(metaFile, JSON.stringify(meta));
