// "Which Dockerfile?": a path typed in place (default ./Dockerfile), read by the reader the app was
// given (the CLI's, so the TUI and the commands give the same one-line errors). No screen reads
// files itself.
import { useRef, useState } from 'react';
import { useNav, type Route } from '../nav';
import { useAppEnv } from '../env';
import { useTextField } from '../components/text-input';
import { expandHome } from '../state/use-field-state';

export type Loaded = { path: string; text: string } | { path: string; error: string } | null;

export function usePathPrompt(
  screen: Route['name'],
  active: boolean,
  {
    initial = 'Dockerfile',
    onSubmit,
    onFailed,
  }: {
    initial?: string;
    onSubmit?: (path: string) => void;
    /** The path could not be read: nothing is being worked on any more. */
    onFailed?: (path: string) => void;
  } = {},
) {
  const nav = useNav();
  const { cwd, env, readDockerfile } = useAppEnv();
  const [editing, setEditing] = useState(true);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [version, setVersion] = useState(0);
  // Only the latest read counts: an earlier, slower one must not land over it.
  const latest = useRef(0);

  const load = async (p: string) => {
    const path = expandHome(p, env.HOME);
    const mine = ++latest.current;
    const input = await readDockerfile(path, cwd);
    if (mine !== latest.current) return;
    const failed = 'error' in input;
    // The reader is the CLI's, whose advice names `-` (standard input): here that reads nothing.
    setLoaded(failed ? { path, error: input.error.replace(/,? or - to read standard input/, '') } : { path, text: input.text });
    // After an error the field stays open, so the path can be mended at once.
    setEditing(failed);
    setVersion((v) => v + 1);
    if (failed) onFailed?.(path);
  };

  const field = useTextField(
    screen,
    'path',
    initial,
    active && editing,
    (value) => {
      const path = value.trim();
      // Standard input is the terminal here: `-` would read nothing, so it is not a path.
      if (path === '' || path === '-') return;
      // Keys typed while the file loads go to the screen, not the field.
      setEditing(false);
      onSubmit?.(path);
      void load(path);
    },
    () => {
      // Esc with nothing shown leaves the screen; with a file shown, it only stops editing.
      if (loaded === null || 'error' in loaded) nav.back();
      else setEditing(false);
    },
  );

  return {
    path: field.state.value,
    pristine: field.state.pristine,
    editing,
    loaded,
    version,
    edit: () => setEditing(true),
    reload: () => loaded && load(loaded.path),
  };
}
