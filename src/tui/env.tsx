// What the screens may know of the process: environment (for $EDITOR), working folder (for
// ./Dockerfile), and the reader and fix writer of Dockerfiles the front end gives them.
import { createContext, useContext } from 'react';

export type ReadResult = { name: string; text: string } | { name: string; error: string };

export interface AppEnv {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Reads one Dockerfile as text, or says in one line why it cannot. */
  readDockerfile: (path: string, cwd: string) => Promise<ReadResult>;
  /**
   * Writes the fixed text over the Dockerfile, if it still holds the text that was linted;
   * null when written, else one line saying why not (the file is then unchanged).
   */
  writeFixes: WriteFixes;
  /**
   * Why the settings file (.multistage-tutor.yaml …) could not be used, in one line; the app then
   * runs without settings and the screens where they matter (Lint) say so. Null or absent: fine.
   */
  settingsProblem?: string | null;
}

export type WriteFixes = (path: string, cwd: string, linted: string, fixed: string) => Promise<string | null>;

const noReader = async (path: string): Promise<ReadResult> => ({ name: path, error: `${path}: no file reader was given to the app` });

const noWriter: WriteFixes = async (path) => `${path}: no file writer was given to the app; nothing was written`;

export const EnvContext = createContext<AppEnv>({ env: {}, cwd: '.', readDockerfile: noReader, writeFixes: noWriter });

export function useAppEnv(): AppEnv {
  return useContext(EnvContext);
}
