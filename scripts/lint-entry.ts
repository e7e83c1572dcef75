// The entry of dist/lint.js: `multistage-tutor lint ...` as a bundle of its own (see bin.ts).
import { run } from '../src/cli/commands/lint';
import { HELP } from '../src/cli/help';
import { runProcess, write } from '../src/cli/io';
import { tuneForShortRun } from '../src/cli/short-run';

tuneForShortRun();

await runProcess(async ([, ...args], io) => {
  if (args.includes('--help') || args.includes('-h')) {
    write(io.stdout, HELP);
    return 0;
  }
  return run(args, io);
});
