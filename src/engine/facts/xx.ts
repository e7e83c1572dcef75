// tonistiigi/xx: its helpers (xx-go, xx-cargo, xx-apk, xx-info …) are scripts in that image, and a
// stage has them only once it copies them in (`COPY --from=tonistiigi/xx / /`).
import type { Command, Stage, StageModel } from '../types';
import { normaliseImageName } from '../image';
import { chain, rootImage } from './stages';
import { copiesInto } from './copies';

const isXx = (name: string) => normaliseImageName(name) === 'tonistiigi/xx';

/** The xx helpers a stage runs without having copied them in from tonistiigi/xx (the shell then says "xx-go: not found"). */
export function xxHelpersMissing(model: StageModel, stage: Stage): Command[] {
  const helpers = stage.commands.filter((c) => /^xx-[a-z-]+$/.test(c.program));
  if (helpers.length === 0) return [];
  const root = rootImage(model, stage);
  if (!root || root.unresolved || isXx(root.name)) return [];
  const has = copiesInto(model, stage).some((c) => {
    if (c.image) return c.image.unresolved || isXx(c.image.name);
    if (c.source) {
      const source = rootImage(model, c.source);
      return !source || source.unresolved || isXx(source.name);
    }
    // From the build context: a copy into a bin folder may bring them.
    return c.landing.some((l) => /\/bin(\/|$)/.test(l) || l === '/');
  });
  // A RUN of the chain may fetch them itself (curl … xx); only a file with no such step is judged.
  const fetched = chain(model, stage).some((s) =>
    s.commands.some((c) => ['curl', 'wget', 'git'].includes(c.program) && c.argv.some((w) => w.includes('xx'))),
  );
  return has || fetched ? [] : helpers;
}
