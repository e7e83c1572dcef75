// What a command may touch of the process, passed in so commands run in tests without spawning.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Colour allowed: stdout is a TTY, no NO_COLOR, no --no-color. */
  color: boolean;
  /** Both stdin and stdout are terminals. */
  interactive: boolean;
  columns: number;
}

/** A user-facing failure: printed as one line on stderr, exit code 2 unless said otherwise. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function processIO(noColor = false): CliIO {
  const out = process.stdout;
  const env = process.env;
  const tty = Boolean(out.isTTY);
  return {
    stdout: out,
    stderr: process.stderr,
    stdin: process.stdin,
    env,
    cwd: process.cwd(),
    color: tty && !noColor && !('NO_COLOR' in env && env.NO_COLOR !== ''),
    interactive: tty && Boolean(process.stdin.isTTY),
    columns: (tty && out.columns) || Number(env.COLUMNS) || 80,
  };
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') || text === '' ? text : text + '\n');
}

/** node:util parseArgs with its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new CliError(`${command}: ${text.replace(/\. To specify a positional.*$/, '')} (see 'multistage-tutor --help')`);
  }
}
