// What the screens may know of the process: environment (for $EDITOR), working folder (for
// ./Dockerfile), and the reader of Dockerfiles the front end gives them.
import { createContext, useContext } from 'react';

export type ReadResult = { name: string; text: string } | { name: string; error: string };

export interface AppEnv {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Reads one Dockerfile as text, or says in one line why it cannot. */
  readDockerfile: (path: string, cwd: string) => Promise<ReadResult>;
}

const noReader = async (path: string): Promise<ReadResult> => ({ name: path, error: `${path}: no file reader was given to the app` });

export const EnvContext = createContext<AppEnv>({ env: {}, cwd: '.', readDockerfile: noReader });

export function useAppEnv(): AppEnv {
  return useContext(EnvContext);
}
