// The decision-tree walk's scroll keys (PgUp, PgDn) at a size where the walk is taller than the screen;
// the walker itself takes ↑ ↓ Enter b r.
import { useBindings } from '../keys';

export function useTreeScrollInput(active: boolean, scroll: (by: number) => void, page: number) {
  useBindings('trees', 'leaf', { scrollUp: () => scroll(page), scrollDown: () => scroll(-page) }, active);
}
