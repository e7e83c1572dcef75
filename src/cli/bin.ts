#!/usr/bin/env node
// `lint` runs in CI on every build and in editors on every save, so it has a bundle of its own,
// dist/lint.js, with no shared chunks to load (see scripts/build.mjs). Everything else goes
// through main, which loads each command's chunks when that command runs.
if (process.argv[2] === 'lint') {
  const standalone = './lint.js'; // a variable, so esbuild leaves this import to run time
  await import(standalone);
} else {
  const { entry } = await import('./main');
  await entry();
}

export {};
