// Bundles the CLI into dist/ so the published package needs no runtime dependencies.
// Also writes .tmp/build-meta.json (esbuild's metafile): test/build-*.test.ts reads it to prove
// that `lint` loads none of the heavy UI modules and that highlight.js is trimmed.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });

/** Only the bare `highlight.js` import goes to the stub; its `highlight.js/lib/...` imports resolve as usual. */
const trimHighlight = {
  name: 'trim-highlight.js',
  setup(b) {
    b.onResolve({ filter: /^highlight\.js$/ }, () => ({ path: join(root, 'scripts/stubs/highlight.cjs') }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm', // yoga-layout (under Ink) uses top-level await
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  metafile: true,
  // React and Ink skip their development checks: about 20 ms less start-up.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink imports react-devtools-core only in development; marking it external crashes at start-up.
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
  plugins: [trimHighlight],
  // CommonJS modules inside the ESM bundle still call require() and read __filename
  // (write-file-atomic does). Minifying renames any top-level name of ours that would clash.
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
});
chmodSync(join(root, 'dist/cli.js'), 0o755);
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(join(root, '.tmp/build-meta.json'), JSON.stringify(result.metafile));
