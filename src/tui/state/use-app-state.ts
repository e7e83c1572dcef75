// The app shell as state: the route stack, the help overlay, which screen's field has the keys,
// and the mode each screen last reported (for its footer). Pure, tested without Ink.
import { useReducer } from 'react';
import type { Route } from '../nav';
import { capturesKeys } from '../keymap';

export interface AppState {
  stack: Route[];
  help: boolean;
  /** The first line of the help overlay shown. */
  helpOffset: number;
  /** A screen said it takes every key (a question, a field) until it says otherwise. */
  captured: boolean;
  /** Mode per screen, keyed as the screens are (depth and route). */
  modes: Record<string, string>;
}

export type AppAction =
  | { type: 'push'; route: Route }
  | { type: 'replace'; route: Route }
  | { type: 'back' }
  | { type: 'help'; open: boolean }
  | { type: 'helpScroll'; by: number; max: number }
  | { type: 'capture'; on: boolean }
  | { type: 'mode'; key: string; mode: string };

export const screenKey = (r: Route, depth: number) => `${depth}:${JSON.stringify(r)}`;

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'push':
      return { ...state, captured: false, stack: [...state.stack, action.route] };
    case 'replace':
      return { ...state, captured: false, stack: [...state.stack.slice(0, -1), action.route] };
    case 'back':
      return { ...state, captured: false, stack: state.stack.length > 1 ? state.stack.slice(0, -1) : state.stack };
    case 'help':
      return { ...state, help: action.open, helpOffset: 0 };
    case 'helpScroll':
      return { ...state, helpOffset: Math.max(0, Math.min(action.max, state.helpOffset + action.by)) };
    case 'capture':
      return state.captured === action.on ? state : { ...state, captured: action.on };
    case 'mode':
      return state.modes[action.key] === action.mode ? state : { ...state, modes: { ...state.modes, [action.key]: action.mode } };
  }
}

export const top = (state: AppState): Route => state.stack[state.stack.length - 1]!;
export const topMode = (state: AppState): string | undefined => state.modes[screenKey(top(state), state.stack.length - 1)];

/** True when the top screen's field or question takes q, ? and Esc as its own. */
export function keysCaptured(state: AppState): boolean {
  return state.captured || capturesKeys(top(state).name, topMode(state));
}

export function useAppState(initial: Route[] | undefined) {
  return useReducer(appReducer, { stack: initial ?? [{ name: 'home' }], help: false, helpOffset: 0, captured: false, modes: {} });
}
