// "Which Dockerfile?": a path typed in place (default ./Dockerfile), read with the CLI's own reader
// so the TUI and the commands give the same one-line errors.
import { useState } from 'react';
import { readInput } from '../../cli/io';
import { useNav } from '../nav';
import { useAppEnv } from '../env';
import { useLineInput } from './text-input';

export type Loaded = { path: string; text: string } | { path: string; error: string } | null;

export function usePathPrompt(active: boolean, initial = 'Dockerfile') {
  const nav = useNav();
  const { cwd } = useAppEnv();
  const [path, setPath] = useState(initial);
  const [editing, setEditing] = useState(true);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [version, setVersion] = useState(0);

  const load = async (p: string) => {
    const input = await readInput(p, { cwd, stdin: process.stdin });
    setLoaded('error' in input ? { path: p, error: input.error } : { path: p, text: input.text });
    setVersion((v) => v + 1);
  };

  useLineInput(
    setPath,
    active && editing,
    () => {
      if (path.trim() === '' || path.trim() === '-') return;
      setEditing(false);
      void load(path.trim());
    },
    () => {
      // Esc with nothing loaded yet leaves the screen; with a file shown, it only stops editing.
      if (loaded === null) nav.back();
      else setEditing(false);
    },
  );

  return { path, editing, loaded, version, edit: () => setEditing(true), reload: () => loaded && load(loaded.path) };
}
