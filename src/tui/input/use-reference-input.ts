// The Reference screen's keys (the key table's `reference` modes) as state actions and routes.
import { useBindings } from '../keys';
import { useNav } from '../nav';
import type { ReferenceAction, ReferenceState } from '../state/use-reference-state';
import { referenceMode } from '../state/use-reference-state';

export function useReferenceInput(
  state: ReferenceState,
  dispatch: (a: ReferenceAction) => void,
  {
    count,
    rules,
    active,
    openSection,
    startSearch,
  }: { count: number; rules: readonly string[]; active: boolean; openSection: (index: number) => void; startSearch: () => void },
) {
  const nav = useNav();
  const mode = referenceMode(state);
  const openRule = (input: string) => {
    const id = rules[Number(input) - 1];
    if (id) nav.push({ name: 'rule', id });
  };
  const move = (to: number) => openSection(Math.max(0, Math.min(count - 1, to)));
  useBindings(
    'reference',
    'list',
    {
      down: () => move(state.current + 1),
      up: () => move(state.current - 1),
      first: () => move(0),
      last: () => move(count - 1),
      next: () => move(state.current + 1),
      previous: () => move(state.current - 1),
      read: () => dispatch({ type: 'focus', focus: 'text' }),
      search: startSearch,
      rule: openRule,
    },
    active && mode === 'list',
  );
  useBindings(
    'reference',
    'text',
    {
      next: () => move(state.current + 1),
      previous: () => move(state.current - 1),
      list: () => dispatch({ type: 'focus', focus: 'list' }),
      search: startSearch,
      rule: openRule,
    },
    active && mode === 'text',
  );
}
