// The Rule screen's keys: scrolling (useScroll) and s, the reference section that teaches it.
import { useBindings } from '../keys';
import { useNav } from '../nav';

export function useRuleInput(active: boolean, section: string | null) {
  const nav = useNav();
  useBindings('rule', 'text', { section: () => section && nav.push({ name: 'reference', section }) }, active);
}
