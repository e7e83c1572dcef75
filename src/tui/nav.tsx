// Where the user is and how screens move: a stack of routes, q/Esc pops, home quits.
import { createContext, useContext } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'reference'; section?: string }
  | { name: 'rule'; id: string }
  | { name: 'trees'; tree?: string }
  | { name: 'exercises' }
  | { name: 'exercise'; id: string }
  | { name: 'lint' }
  | { name: 'graph'; file?: string };

export interface Nav {
  push(route: Route): void;
  /** Replace the current screen (n/p between sections, next exercise). */
  replace(route: Route): void;
  back(): void;
  quit(): void;
  /**
   * A screen that reads text or asks a question takes every key (q, Esc, ?) while `on`;
   * the app's own keys wait until it gives them back.
   */
  capture(on: boolean): void;
  /** Hand the terminal to a child program (an editor): input paused, raw mode off, then redraw. */
  suspend(run: () => void): void;
}

const noop = () => {};
export const NavContext = createContext<Nav>({
  push: noop,
  replace: noop,
  back: noop,
  quit: noop,
  capture: noop,
  suspend: (run) => run(),
});

export function useNav(): Nav {
  return useContext(NavContext);
}

/** Props every screen gets: the room it may draw in and whether its keys are live. */
export interface ScreenProps {
  width: number;
  height: number;
  /** False while the help overlay is up or an editor runs: no key handling then. */
  active: boolean;
}
