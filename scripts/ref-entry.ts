// The entry of dist/ref.js: `multistage-tutor ref [TOPIC...]` as a bundle of its own (see bin.ts).
// An engineer looking a fact up waits for it: one file loads faster than the app's dozen chunks.
import { run } from '../src/cli/commands/ref';
import { runProcess } from '../src/cli/io';

await runProcess(async ([, ...args], io) => run(args, io));
