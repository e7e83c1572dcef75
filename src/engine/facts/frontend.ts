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
  /** In rules.md's MS001 list of what older built-in frontends lack (RUN --network is not). */
  ms001: boolean;
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
  if (check) found.push({ what: "a '# check=' directive", line: check.line, stable: null, labs: null, ms001: true });
  for (const instruction of model.instructions) {
    const line = instruction.span.start.line;
    if (instruction.heredocs.length > 0 && opensHeredoc(model, line))
      found.push({ what: `a heredoc (line ${line})`, line, stable: 4, labs: 3, ms001: true });
    const flags = FLAG_RELEASES[instruction.keyword];
    if (!flags) continue;
    for (const flag of instruction.flags) {
      const releases = Object.hasOwn(flags, flag.name) ? flags[flag.name] : undefined;
      if (releases)
        found.push({
          what: `${instruction.keyword} --${flag.name} (line ${line})`,
          line,
          stable: releases[0],
          labs: releases[1],
          ms001: flag.name !== 'network',
        });
    }
  }
  return found;
}

/**
 * A `<<` outside quotes on the instruction's first line (and the lines it continues onto):
 * BuildKit keeps a quoted word whole, so `RUN echo "cat <<EOF"` opens no heredoc.
 */
const HEREDOC_NAME = /^<<-?["']?[A-Za-z_]/;

function opensHeredoc(model: StageModel, line: number): boolean {
  for (let l = line; l <= model.lines.length; l++) {
    const text = model.lines[l - 1] ?? '';
    let quote: string | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = null;
        else if (c === '\\' && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '\\') i++;
      // A word that starts `<<NAME` (`<<EOF`, `<<-"EOT"`), not `$((1 <<2))` or `a<<b`.
      else if (c === '<' && text[i + 1] === '<' && (i === 0 || /\s/.test(text[i - 1]!)) && HEREDOC_NAME.test(text.slice(i))) return true;
    }
    if (!/\\\s*$/.test(text)) return false;
  }
  return false;
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
