// The Lint screen's keys (the key table's `lint` modes) as state actions and routes.
import { useBindings } from '../keys';
import { useNav } from '../nav';
import { ruleById } from '../../engine/rules/index';
import { ruleDoc } from '../../content/rule-docs';
import type { Finding } from '../../engine/types';
import { offerFix } from '../hooks/use-fix-writer';
import type { FixOffer, LintAction, LintState } from '../state/use-lint-state';

export function useLintInput(
  state: LintState,
  dispatch: (a: LintAction) => void,
  {
    mode,
    active,
    current,
    editPath,
    writeFix,
    scrollDetail,
  }: {
    mode: string;
    active: boolean;
    current: Finding | undefined;
    editPath: () => void;
    writeFix: (path: string, linted: string, fix: FixOffer) => void;
    scrollDetail: (by: number) => void;
  },
) {
  const nav = useNav();
  useBindings(
    'lint',
    'findings',
    {
      file: () => {
        nav.capture(true);
        dispatch({ type: 'say', message: null });
        editPath();
      },
      section: () => {
        const rule = current && ruleById(current.rule);
        if (rule) nav.push({ name: 'reference', section: ruleDoc(rule).reference });
      },
      detailDown: () => scrollDetail(3),
      detailUp: () => scrollDetail(-3),
      fix: () => {
        if (state.phase !== 'done') return;
        const offer = offerFix(state.text);
        if (typeof offer === 'string') return dispatch({ type: 'say', message: offer });
        nav.capture(true);
        dispatch({ type: 'offerFix', fix: offer });
      },
    },
    active && mode === 'findings',
  );
  useBindings('lint', 'linting', { file: editPath }, active && mode === 'linting');
  useBindings(
    'lint',
    'fix',
    {
      yes: () => state.phase === 'done' && state.fix && writeFix(state.path, state.text, state.fix),
      no: () => dispatch({ type: 'closeFix', message: 'no change made' }),
    },
    active && mode === 'fix',
  );
}
