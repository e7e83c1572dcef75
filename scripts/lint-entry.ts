// The entry of dist/lint.cjs: `multistage-tutor lint ...` as a bundle of its own, CommonJS so that
// bin.ts can run it through V8's code cache (src/cli/compile-cache.ts).
import { run } from '../src/cli/commands/lint';
import { rules } from '../src/engine';
import { commandHelp } from '../src/cli/help';
import { runProcess, write } from '../src/cli/io';

/** For the loader: a run that changed V8's flags leaves no cache (the next run's flags differ). */
export { flagsTuned } from '../src/cli/short-run';

void runProcess(async ([, ...args], io) => {
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
