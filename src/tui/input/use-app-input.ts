// The app's own keys, from the key table's global bindings: Ctrl-C quits from anywhere (even in a
// field), any key closes the help, ? opens it, q and Esc go back (quit at home) unless a screen's
// field or question has the keys.
import { useKeys } from '../keys';
import { actionOf, globalKeys } from '../keymap';
import { keysCaptured, type AppAction, type AppState } from '../state/use-app-state';

/**
 * `help`: the help's last scroll offset (it stops scrolling at its last page) and how many of its
 * rows fit at once (PgUp and PgDn move by that, so no row is skipped).
 */
export function useAppInput(
  state: AppState,
  dispatch: (a: AppAction) => void,
  exit: () => void,
  active: boolean,
  help: { max: number; page: number },
) {
  useKeys(
    (input, key) => {
      const action = actionOf(globalKeys, input, key);
      if (action === 'quit') return exit();
      if (state.help) {
        // The help scrolls with the arrows and pages; any other key closes it.
        const by = key.downArrow ? 1 : key.upArrow ? -1 : key.pageDown ? help.page : key.pageUp ? -help.page : 0;
        return dispatch(by ? { type: 'helpScroll', by, max: help.max } : { type: 'help', open: false });
      }
      if (keysCaptured(state)) return;
      if (action === 'help') dispatch({ type: 'help', open: true });
      else if (action === 'back') {
        if (state.stack.length > 1) dispatch({ type: 'back' });
        else exit();
      }
    },
    { isActive: active },
  );
}
