// The Home screen's keys: the list's moves and Enter (useSelection), 1-5 and the first letters.
import { useBindings } from '../keys';

export function useHomeInput(active: boolean, letters: readonly string[], open: (index: number) => void) {
  useBindings(
    'home',
    'list',
    {
      jump: (input) => open(Number(input) - 1),
      letter: (input) => open(letters.indexOf(input)),
    },
    active,
  );
}
