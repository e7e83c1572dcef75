// The Reference screen as state: the open section, which pane has the keys, and the search (its
// chosen hit). Pure, tested without Ink.
import { useReducer } from 'react';

export interface ReferenceState {
  current: number;
  focus: 'list' | 'text';
  searching: boolean;
  hit: number;
}

export type ReferenceAction =
  | { type: 'open'; index: number; count: number }
  | { type: 'focus'; focus: 'list' | 'text' }
  | { type: 'search'; on: boolean }
  | { type: 'hit'; by: number; count: number }
  | { type: 'hitReset' };

export function referenceReducer(state: ReferenceState, action: ReferenceAction): ReferenceState {
  switch (action.type) {
    case 'open':
      return { ...state, current: Math.max(0, Math.min(action.count - 1, action.index)) };
    case 'focus':
      return { ...state, focus: action.focus };
    case 'search':
      return { ...state, searching: action.on, hit: 0 };
    case 'hit':
      return { ...state, hit: Math.max(0, Math.min(Math.max(0, action.count - 1), state.hit + action.by)) };
    case 'hitReset':
      return state.hit === 0 ? state : { ...state, hit: 0 };
  }
}

/** The key-table mode: the search field, or the pane with the focus. */
export const referenceMode = (s: ReferenceState) => (s.searching ? 'search' : s.focus);

/** Opened on a section (from a rule's `s`, an exercise's `o`): the text has the keys; else the list. */
export function useReferenceState(wanted: number) {
  return useReducer(referenceReducer, { current: Math.max(0, wanted), focus: wanted >= 0 ? 'text' : 'list', searching: false, hit: 0 });
}
