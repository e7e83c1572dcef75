// What the TUI needs of the process, declared here so the TUI does not import the CLI: the CLI's
// io object fits it as it is, and it hands over its Dockerfile reader (one reader, one set of
// one-line errors for both front ends).
import type { ReadResult, WriteFixes } from './env';

export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  color: boolean;
}

export type ReadDockerfile = (path: string, cwd: string) => Promise<ReadResult>;

/** The CLI's Dockerfile reader and fix writer, handed to the app. */
export interface DockerfileFiles {
  readDockerfile: ReadDockerfile;
  writeFixes: WriteFixes;
}
