// Which Dockerfile frontend features a file uses, and since which frontend release each exists
// (docs.docker.com, Dockerfile release notes). MS001 reads them to say why the syntax directive
// matters; MS109 compares them with a pinned `# syntax=docker/dockerfile:1.x`.
import { leadingDirectives, type PinnedFrontend } from '../directives';
import type { StageModel } from '../types';
import { once } from './memo';

export interface FrontendFeature {
  /** Said in a message: `a heredoc (line 7)`, `COPY --link (line 9)`. */
  what: string;
  line: number;
  /** The first stable 1.x minor release that has it, and the first labs (or experimental) one; null: not judged. */
  stable: number | null;
  labs: number | null;
}

// [stable, labs] minor releases of docker/dockerfile:1.x. --chmod and --keep-git-dir: not judged.
const FLAG_RELEASES: Record<string, Record<string, [number | null, number | null]>> = {
  RUN: { mount: [2, 0], network: [3, 2] },
  COPY: { link: [4, 4], chmod: [null, null], exclude: [null, 7], parents: [null, 7] },
  ADD: { link: [4, 4], chmod: [null, null], exclude: [null, 7], parents: [null, 7], checksum: [6, 5], 'keep-git-dir': [null, null] },
};

/** The features of the file newer than the first frontends, in file order (the `# check` directive first). */
export function frontendFeatures(model: StageModel): FrontendFeature[] {
  return once(model, 'frontendFeatures', () => collectFeatures(model));
}

function collectFeatures(model: StageModel): FrontendFeature[] {
  const found: FrontendFeature[] = [];
  const check = leadingDirectives(model.lines).find((d) => d.name === 'check');
  // Unknown directives are comments to older frontends: `# check` is never judged against a pin.
  if (check) found.push({ what: "a '# check=' directive", line: check.line, stable: null, labs: null });
  for (const instruction of model.instructions) {
    const line = instruction.span.start.line;
    if (instruction.heredocs.length > 0) found.push({ what: `a heredoc (line ${line})`, line, stable: 4, labs: 3 });
    const flags = FLAG_RELEASES[instruction.keyword];
    if (!flags) continue;
    for (const flag of instruction.flags) {
      const releases = Object.hasOwn(flags, flag.name) ? flags[flag.name] : undefined;
      if (releases)
        found.push({ what: `${instruction.keyword} --${flag.name} (line ${line})`, line, stable: releases[0], labs: releases[1] });
    }
  }
  return found;
}

/** The first feature a pinned frontend release does not have, or null. */
export function featureTooNew(features: readonly FrontendFeature[], pinned: PinnedFrontend): FrontendFeature | null {
  for (const feature of features) {
    const since = pinned.channel === 'stable' ? feature.stable : feature.labs;
    // Not in that channel at all (exclude/parents before their stable release): judged only below the labs release.
    const bound = since ?? (pinned.channel === 'stable' && feature.labs !== null ? feature.labs : null);
    if (bound !== null && pinned.minor < bound) return feature;
  }
  return null;
}
