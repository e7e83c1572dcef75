// What a command may touch of the process, passed in so commands run in tests without spawning.
import { closeSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  // TERM=dumb: a terminal that cannot draw the full-screen app or colour; treat it as none.
  const tty = Boolean(out.isTTY) && env.TERM !== 'dumb';
  return {
    stdout: out,
    stderr: process.stderr,
    // process.stdin is built on first use and costs milliseconds of start-up: only `-` needs it.
    get stdin() {
      return process.stdin;
    },
    env,
    cwd: process.cwd(),
    color: tty && !noColor && !('NO_COLOR' in env && env.NO_COLOR !== ''),
    // Also lazy: reading stdin's TTY state loads node:tty and node:net, which `lint` never needs.
    get interactive() {
      return tty && Boolean(process.stdin.isTTY);
    },
    columns: (out.isTTY && out.columns) || Number(env.COLUMNS) || 80,
  };
}

/**
 * Runs a command handler as the whole process: colour settings from the arguments and the
 * environment, user errors as one line on stderr, and the exit code. Never a stack trace.
 */
export async function runProcess(handler: (argv: string[], io: CliIO) => Promise<number>): Promise<void> {
  const argv = process.argv.slice(2);
  const io = processIO(argv.includes('--no-color'));
  // Piped output may close early (`| head`): that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await handler(argv.filter((a) => a !== '--no-color'), io);
  } catch (error) {
    if (error instanceof CliError) {
      write(io.stderr, `multistage-tutor: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      const text = error instanceof Error ? error.message : String(error);
      write(io.stderr, `multistage-tutor: internal error: ${text.split('\n')[0]} (please report it)`);
      process.exitCode = 70;
    }
  }
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
    const help = command === 'multistage-tutor' ? 'multistage-tutor --help' : `multistage-tutor ${command} --help`;
    throw new CliError(`${command}: ${text.replace(/\. To specify a positional.*$/, '')} (see '${help}')`);
  }
}

/** Dockerfiles are small; anything bigger is almost surely the wrong file, and would only be slow. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type Input = { name: string; text: string } | { name: string; error: string };

/**
 * Reads one Dockerfile (`-` is stdin) as text. Every way it can fail becomes a one-line `error`
 * that says what is wrong and how to mend it, so a caller can report it and go on with other files.
 */
export async function readInput(path: string, io: Pick<CliIO, 'cwd' | 'stdin'>): Promise<Input> {
  const name = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStream(io.stdin) : readCapped(resolve(io.cwd, path));
  } catch (error) {
    return { name, error: describeReadError(path, error) };
  }
  const problem = decodeProblem(bytes);
  if (typeof problem === 'string') return { name, error: `${path === '-' ? 'standard input' : path}: ${problem}` };
  return { name, text: problem.text };
}

class TooBig extends Error {}

// One buffer for every file of a run: a file is read into it whole (or found too big) and
// decoded to a string before the next one is read.
let readBuffer: Buffer | null = null;

function readCapped(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    // Files, pipes and devices alike: read until the end or past the limit. No fstat first:
    // a directory fails the read with EISDIR.
    const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_INPUT_BYTES + 1));
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw new TooBig(String(total));
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) throw new TooBig(String(total));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

function describeReadError(path: string, error: unknown): string {
  const name = path === '-' ? 'standard input' : path;
  if (error instanceof TooBig) {
    return `${name}: over ${MAX_INPUT_BYTES / 1024 / 1024} MB, too big to be a Dockerfile (is it the right file?)`;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${name}: no such file (give the path of a Dockerfile, or - to read standard input)`;
    case 'EISDIR':
      return `${name}: is a directory (give the Dockerfile inside it, e.g. ${join(path, 'Dockerfile')})`;
    case 'EACCES':
    case 'EPERM':
      return `${name}: permission denied (check the file's read permission)`;
    case 'ENOTDIR':
      return `${name}: a part of the path is not a directory`;
    default:
      return `${name}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or why these bytes are not a Dockerfile we can read. */
function decodeProblem(bytes: Buffer): { text: string } | string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'is UTF-16 text; save it as UTF-8 and try again';
  }
  if (bytes.includes(0)) return 'is a binary file (it holds NUL bytes), not a Dockerfile';
  try {
    // The BOM is kept: the engine reads it as Docker does (MS001 looks past it) and --fix keeps it.
    return { text: UTF8.decode(bytes) };
  } catch {
    const lossy = bytes.toString('utf8');
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(at, 0)).split('\n').length;
    return `is not valid UTF-8 (first bad byte on line ${line}); save it as UTF-8 and try again`;
  }
}
