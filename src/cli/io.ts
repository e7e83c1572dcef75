// What a command may touch of the process, passed in so commands run in tests without spawning.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { escapeControls } from '../engine/text';
import { COMMANDS, GLOBAL_FLAGS, type CommandName, type CommandSpec } from './command-table';

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
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
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
  // Piped output may close early (`| head`): that is not an error. Any other failed write (a
  // full disk, /dev/full) is: the output is lost, so say so and exit 2, never 0.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const why = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message);
    process.stderr.write(`multistage-tutor: cannot write the output (${why}); nothing usable was written\n`);
    process.exit(2);
  });
  try {
    process.exitCode = await handler(
      argv.filter((a) => a !== '--no-color'),
      io,
    );
  } catch (error) {
    if (error instanceof CliError) {
      // Messages quote paths and names the user gave: escaped like any text of theirs.
      write(io.stderr, `multistage-tutor: ${escapeControls(error.message)}`);
      process.exitCode = error.exitCode;
    } else if (error instanceof Error && (error as { userFacing?: boolean }).userFacing) {
      // A fault of the user's environment (exercises/files.ts FileFault): already one line.
      write(io.stderr, `multistage-tutor: ${escapeControls(error.message)}`);
      process.exitCode = 2;
    } else if (
      error instanceof Error &&
      typeof (error as NodeJS.ErrnoException).code === 'string' &&
      (error as NodeJS.ErrnoException).syscall
    ) {
      // Any other fs fault is still the environment's, not ours: one line, exit 2.
      const e = error as NodeJS.ErrnoException;
      write(
        io.stderr,
        `multistage-tutor: cannot ${e.syscall} ${e.path ?? ''}: ${e.code} (check the path and its permissions)`.replace(/ {2,}/g, ' '),
      );
      process.exitCode = 2;
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
  const help = command === 'multistage-tutor' ? 'multistage-tutor --help' : `multistage-tutor ${command} --help`;
  // parseArgs calls a value that starts with - "ambiguous": say what is missing and how to give it.
  const missing = missingValue(args, options ?? {});
  if (missing) {
    const how =
      missing.got === undefined
        ? `see '${help}'`
        : `got '${missing.got}'; write --${missing.name}=${placeholder(command, missing.name)} for a value that starts with -`;
    throw new CliError(`${command}: ${missing.flag} needs a value (${how})`);
  }
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new CliError(`${command}: ${text.replace(/\. To specify a positional.*$/, '')} (see '${help}')`);
  }
}

/**
 * `--target --fix`, `--file` last: a flag that takes a value, followed by none (`got` undefined) or
 * by another flag. Undefined when every such flag has its value.
 */
function missingValue(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { flag: string; name: string; got: string | undefined } | undefined {
  const short = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--') return undefined;
    const name = flag.startsWith('--') ? flag.slice(2) : /^-[^-]$/.test(flag) ? short.get(flag[1]!) : undefined;
    if (name === undefined || !Object.hasOwn(options, name) || options[name]!.type !== 'string') continue;
    const got = args[i + 1];
    // As parseArgs reads it: a lone - is a value (standard input), anything longer that starts with - is not.
    if (got === undefined || (got.length > 1 && got.startsWith('-'))) return { flag, name, got };
    i++;
  }
  return undefined;
}

/** What the command's help calls a flag's value (`--target NAME`: NAME), or VALUE. */
function placeholder(command: string, name: string): string {
  const spec = COMMANDS[command.split(' ')[0] as CommandName] as CommandSpec | undefined;
  const row = [...(spec?.flags ?? []), ...GLOBAL_FLAGS].find(([flag]) => flag.startsWith(`--${name} `));
  const word = row?.[0].slice(name.length + 3);
  return word && /^[A-Z]+$/.test(word) ? word : 'VALUE';
}

/** Dockerfiles are small; anything bigger is almost surely the wrong file, and would only be slow. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type Input = { name: string; text: string; file?: FileState; latin1?: true } | { name: string; error: string };

/** What a file was when read: `--fix` checks it is still so just before replacing it. */
export interface FileState {
  mtimeMs: number;
  size: number;
  ino: number;
  uid: number;
  mode: number;
}

/**
 * Reads one Dockerfile (`-` is stdin) as text. Every way it can fail becomes a one-line `error`
 * that says what is wrong and how to mend it, so a caller can report it and go on with other files.
 */
export async function readInput(path: string, io: Pick<CliIO, 'cwd' | 'stdin'>): Promise<Input> {
  const name = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  let file: FileState | undefined;
  try {
    if (path === '-') {
      stdinMustNotBeDirectory(io.stdin);
      bytes = await readStream(io.stdin);
    } else {
      ({ bytes, state: file } = readCapped(resolve(io.cwd, path)));
    }
  } catch (error) {
    return { name, error: describeReadError(path, error) };
  }
  const problem = decodeProblem(bytes);
  if (typeof problem === 'string') return { name, error: `${path === '-' ? 'standard input' : path}: ${problem}` };
  // latin1: the bytes were not UTF-8 and were read one character a byte (write back the same way).
  return { name, text: problem.text, ...(file ? { file } : {}), ...(problem.latin1 ? { latin1: true as const } : {}) };
}

class NotAFile extends Error {}

/** `lint - < folder` reads a directory as nothing at all: refuse it instead. */
function stdinMustNotBeDirectory(stdin: unknown): void {
  if ((stdin as { fd?: unknown }).fd !== 0) return;
  let directory: boolean;
  try {
    directory = fstatSync(0).isDirectory();
  } catch {
    return;
  }
  if (directory) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
}

class TooBig extends Error {}

// One buffer for every file of a run: a file is read into it whole (or found too big) and
// decoded to a string before the next one is read.
let readBuffer: Buffer | null = null;

function readCapped(file: string): { bytes: Buffer; state: FileState } {
  // Non-blocking open: a FIFO with no writer would otherwise wait forever in open().
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    // Pipes, sockets and devices can block or never end: only regular files are read.
    if (!stat.isFile()) throw new NotAFile(stat.isFIFO() ? 'a named pipe (FIFO)' : stat.isSocket() ? 'a socket' : 'a device');
    const state = { mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, uid: stat.uid, mode: stat.mode };
    // Read until the end or past the limit.
    const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_INPUT_BYTES + 1));
    let total = 0;
    for (;;) {
      const wanted = buffer.length - total;
      const n = readSync(fd, buffer, total, wanted, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw new TooBig(String(total));
      // A short read that brought all the bytes fstat counted is the end: no second read to hear so.
      if (n < wanted && total === stat.size) break;
    }
    return { bytes: buffer.subarray(0, total), state };
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
  if (error instanceof NotAFile) {
    return `${name}: is ${error.message}, not a file; to lint what a program writes, pipe it to 'multistage-tutor lint -'`;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${name}: no such file (give the path of a Dockerfile, or - to read standard input)`;
    case 'EISDIR':
      return path === '-'
        ? `${name} is a directory, not a Dockerfile (redirect a file: lint - < Dockerfile)`
        : `${name}: is a directory (give the Dockerfile inside it, e.g. ${join(path, 'Dockerfile')})`;
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
function decodeProblem(bytes: Buffer): { text: string; latin1?: true } | string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'is UTF-16 text; save it as UTF-8 and try again';
  }
  if (bytes.includes(0)) return 'is a binary file (it holds NUL bytes), not a Dockerfile';
  try {
    // The BOM is kept: the engine reads it as Docker does (MS001 looks past it) and --fix keeps it.
    return { text: UTF8.decode(bytes) };
  } catch {
    // BuildKit reads bytes: a file that is not UTF-8 (often Latin-1 comments) still builds.
    // Read byte for byte as Latin-1, so every byte keeps its place.
    return { text: bytes.toString('latin1'), latin1: true };
  }
}
