// The Lint screen's `f`: the fixes as a diff, and writing them once the user says y, through the
// front end's writer (the CLI's: atomic, and never over a file saved since it was linted).
import { fixText } from '../../engine/fix';
import { useAppEnv } from '../env';
import { diffLines, hunks } from '../diff';
import type { FixOffer, LintAction } from '../state/use-lint-state';

/** The fixes for this text, or why there are none. */
export function offerFix(text: string): FixOffer | string {
  const fixed = fixText(text);
  if (fixed.applied === 0 || fixed.text === text) return 'nothing here has an automatic fix';
  const diff = hunks(diffLines(text, fixed.text)).map((d) => (d === null ? '  …' : `${d.kind} ${d.text}`));
  return { text: fixed.text, applied: fixed.applied, diff };
}

export function useFixWriter(dispatch: (a: LintAction) => void, reload: () => void) {
  const { cwd, writeFixes } = useAppEnv();
  return (path: string, linted: string, fix: FixOffer) => {
    writeFixes(path, cwd, linted, fix.text)
      .then((refused) => {
        // Lint again either way: after a refusal the screen shows the file as it is now.
        dispatch({ type: 'closeFix', message: refused ?? `applied ${fix.applied} fix${fix.applied === 1 ? '' : 'es'} to ${path}` });
        reload();
      })
      .catch((error: Error) => dispatch({ type: 'closeFix', message: `could not write ${path}: ${error.message}` }));
  };
}
