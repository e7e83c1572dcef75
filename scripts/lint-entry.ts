// The entry of dist/lint.js: `multistage-tutor lint ...` as a bundle of its own (see bin.ts).
import { run } from '../src/cli/commands/lint';
import { rules } from '../src/engine';
import { commandHelp } from '../src/cli/help';
import { runProcess, write } from '../src/cli/io';

await runProcess(async ([, ...args], io) => {
  if (args.includes('--help') || args.includes('-h')) {
    write(
      io.stdout,
      commandHelp(
        'lint',
        rules.map((r) => r.id),
        Math.min(io.columns, 100),
      ),
    );
    return 0;
  }
  return run(args, io);
});
