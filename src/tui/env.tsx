// What the screens may know of the process: environment (for $EDITOR), working folder (for ./Dockerfile).
import { createContext, useContext } from 'react';

export interface AppEnv {
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EnvContext = createContext<AppEnv>({ env: {}, cwd: '.' });

export function useAppEnv(): AppEnv {
  return useContext(EnvContext);
}
