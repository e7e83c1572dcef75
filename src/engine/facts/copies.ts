// Copies: resolved source and landing paths, and what a copy carries (an artifact, a whole
// stage, a stage's source tree, node_modules); what a stage provably holds (MS025).
import type { CopyStep, ImageRef, Stage, StageModel } from '../types';
import { chain, referencedStage, rootIsScratch } from './stages';
import { fromRoot, isWithin, resolvePath, workdirAt } from './paths';
import { buildsThrough, matchesArtifact } from './builds';
import { carriesNodeModules } from './deps';
import { perStage } from './memo';

/** What a COPY --from brings: a whole filesystem, the source stage's tree (sources and all), node_modules, a build's artifact, or some other path. */
export type Carries = 'whole-stage' | 'source-tree' | 'node_modules' | 'artifact' | 'path';

export interface CopyFact {
  copy: CopyStep;
  /** The stage that holds the COPY (the stage itself or one in its chain). */
  into: Stage;
  /** The stage copied from (a name or an index), else null. */
  source: Stage | null;
  /** The external image copied from, else null. */
  image: ImageRef | null;
  /** Source paths: absolute from the other stage's root with --from; as written for the context. */
  sources: string[];
  /** The destination, absolute (resolved against the WORKDIR at the COPY). */
  dest: string;
  /** Where files may land: the destination and destination/basename of each source. */
  landing: string[];
  carries: Carries;
}

/** Sources that, with --from, mean the whole filesystem of the stage. */
export const WHOLE_STAGE_SOURCES: ReadonlySet<string> = new Set(['/', '/.', '/*', '.', './', './*', '*']);

/** The stage's own COPY/ADD steps, resolved. */
export function copiesInStage(model: StageModel, stage: Stage): CopyFact[] {
  return perStage(model, stage, 'copiesInStage', () => stage.copies.map((copy) => describe(model, stage, copy)));
}

/** COPY/ADD steps of a stage and the stages it is written FROM. */
export function copiesInto(model: StageModel, stage: Stage): CopyFact[] {
  return perStage(model, stage, 'copiesInto', () => chain(model, stage).flatMap((s) => copiesInStage(model, s)));
}

/** COPY --from=<stage> steps through the chain. */
export function stageCopies(model: StageModel, stage: Stage): CopyFact[] {
  return copiesInto(model, stage).filter((c) => c.source !== null);
}

function describe(model: StageModel, into: Stage, copy: CopyStep): CopyFact {
  const source = copy.from ? referencedStage(model, copy.from) : null;
  const image = copy.from?.target.kind === 'image' ? copy.from.target.image : null;
  const workdir = workdirAt(model, into, copy.instruction);
  const dest = resolvePath(workdir, copy.dest || '.');
  const sources = copy.from ? copy.sources.map(fromRoot) : copy.sources;
  const landing = [dest];
  for (const s of copy.sources) {
    const name = s.replace(/\/+$/, '').split('/').pop() ?? '';
    if (name && !name.includes('*') && name !== '.' && !/^https?:/.test(s)) landing.push(resolvePath(dest, name));
    else if (/^https?:\/\//.test(s) && copy.dest.endsWith('/')) landing.push(resolvePath(dest, s.split('/').pop() ?? ''));
  }
  return { copy, into, source, image, sources, dest, landing, carries: carriesOf(model, copy, source) };
}

function carriesOf(model: StageModel, copy: CopyStep, source: Stage | null): Carries {
  if (!copy.from) return 'path';
  if (copy.sources.some((s) => WHOLE_STAGE_SOURCES.has(s.trim()))) return 'whole-stage';
  if (!source) return 'path';
  if (carriesNodeModules(model, source, copy.sources)) return 'node_modules';
  const paths = copy.sources.map(fromRoot);
  if (paths.some((p) => sourceTrees(model, source).some((tree) => isWithin(tree, [p])))) return 'source-tree';
  const artifacts = buildsThrough(model, source).flatMap((b) => [...b.artifacts, ...(b.outputDir ? [`${b.outputDir}`] : [])]);
  if (paths.some((p) => artifacts.some((a) => matchesArtifact(p, a) || isWithin(p, [a.replace(/\/\*[^/]*$/, '')])))) return 'artifact';
  return 'path';
}

/** Folders the stage's chain copied the whole build context into (its source trees). */
export function sourceTrees(model: StageModel, stage: Stage): string[] {
  return perStage(model, stage, 'sourceTrees', () =>
    copiesInto(model, stage)
      .filter((c) => c.copy.from === null && c.copy.sources.some((s) => ['.', './', './*', '*'].includes(s.trim())))
      .map((c) => c.dest),
  );
}

export interface StageHoldings {
  /** True when every path the stage holds is known: a `FROM scratch` chain holds exactly what was copied in. */
  complete: boolean;
  /** Paths the stage holds (files or folders), as far as the file shows. */
  paths: string[];
  /** Folders only the stage's builds write, with the artifacts written there. */
  outputs: { dir: string; artifacts: string[] }[];
}

/** What a stage provably holds, for `COPY --from=<stage>` (rules.md MS025). */
export function stageHoldings(model: StageModel, stage: Stage): StageHoldings {
  return perStage(model, stage, 'stageHoldings', () => {
    const copies = copiesInto(model, stage);
    const builds = buildsThrough(model, stage);
    // Only what COPY/ADD put there (no RUN can write in a scratch chain: it has no shell), with literal paths.
    const complete = rootIsScratch(model, stage) && chain(model, stage).every((s) => s.commands.length === 0 && s.instructions.every((i) => i.keyword !== 'RUN')) && copies.every((c) => !c.copy.dest.includes('$') && !c.copy.inline);
    const paths = copies.flatMap((c) => c.landing.slice(c.landing.length > 1 ? 1 : 0));
    const outputs: StageHoldings['outputs'] = [];
    for (const build of builds) {
      if (!build.outputDir) continue;
      const dir = build.outputDir;
      // Anything else that may write there makes it unprovable.
      const others = copies.some((c) => isWithin(c.dest, [dir]) || isWithin(dir, [c.dest]) && c.dest !== '/') ||
        chain(model, stage).some((s) => s.instructions.some((i) => i !== build.command.instruction && (i.keyword === 'RUN' || i.keyword === 'WORKDIR' || i.keyword === 'VOLUME') && i.text.includes(dir))) ||
        builds.some((b) => b !== build && (b.artifacts.length === 0 || b.artifacts.some((a) => isWithin(a, [dir])))) ||
        stage.commands.some((c) => c.instruction === build.command.instruction && c !== build.command && c.argv.some((w) => w.includes(dir)));
      if (others) continue;
      const known = outputs.find((o) => o.dir === dir);
      if (known) known.artifacts.push(...build.artifacts);
      else outputs.push({ dir, artifacts: [...build.artifacts] });
    }
    return { complete, paths: [...new Set(paths)], outputs };
  });
}

/**
 * Can the stage hold `path` (absolute)? False only when provably not: a scratch chain that nothing
 * copied it into, or an output folder no build writes that name into. Globs are given the benefit of the doubt.
 */
export function stageMayHold(model: StageModel, stage: Stage, path: string): boolean {
  if (/[*?[$]/.test(path)) return true;
  const holdings = stageHoldings(model, stage);
  const landed = (p: string) => isWithin(path, [p]) || isWithin(p, [path]);
  if (holdings.complete) return path === '/' || holdings.paths.some(landed);
  for (const output of holdings.outputs) {
    if (!isWithin(path, [output.dir]) || path === output.dir) continue;
    const written = output.artifacts.some((a) => matchesArtifact(path, a) || isWithin(path, [a.replace(/\/\*[^/]*$/, '')]) && !a.endsWith('/*') || isWithin(a, [path]));
    if (!written) return false;
  }
  return true;
}
