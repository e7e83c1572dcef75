#!/usr/bin/env node
// `lint` runs in CI on every build and in editors on every save, so it has a bundle of its own,
// dist/lint.cjs, with no shared chunks to load (see scripts/build.mjs); so does a `ref` lookup,
// dist/ref.js. Everything else goes through main, which loads each command's chunks when that
// command runs.
import { fileURLToPath } from 'node:url';
import { runCommonJs } from './compile-cache';

const [command, ...rest] = process.argv.slice(2);
if (command === 'lint') {
  // CommonJS, run through V8's code cache (compile-cache.ts).
  runCommonJs(fileURLToPath(new URL('./lint.cjs', import.meta.url)), process.env);
} else if (command === 'ref' && !rest.some((arg) => arg.startsWith('-'))) {
  // A lookup (`ref copy from`) has a bundle of its own as well; with any option, main handles it.
  const standalone = './ref.js';
  await import(standalone);
} else {
  const { entry } = await import('./main');
  await entry();
}

export {};
