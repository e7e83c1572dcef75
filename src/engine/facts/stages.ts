// Stages: lookup by name with BuildKit's rules, the final (or --target) stage, chains,
// dependencies and the order BuildKit builds them in.
import type { ImageRef, RefTarget, Reference, Stage, StageModel } from '../types';
import { once, perStage } from './memo';

/** How a stage is named: `FROM x`, `COPY --from=x`, `RUN --mount=from=x`, `--target x`. */
export type LookupVia = 'from' | 'copy' | 'mount' | 'target';

/**
 * The stage index a name refers to, by BuildKit's rules: stage names are stored lower case;
 * COPY --from, mount from= and --target match case-insensitively, `FROM <stage>` only the
 * lowercase spelling (`FROM Builder` is an image). A duplicated name means its last stage.
 */
export function lookupStageIndex(index: ReadonlyMap<string, number>, name: string, via: LookupVia): number | undefined {
  return index.get(via === 'from' ? name : name.toLowerCase());
}

/** Lower-cased stage name → index of its last stage (a duplicated name means its last stage). */
export function stageNameIndex(stages: readonly Pick<Stage, 'name' | 'index'>[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const stage of stages) if (stage.name !== null) index.set(stage.name.toLowerCase(), stage.index);
  return index;
}

/** The stage a name refers to (see lookupStageIndex). */
export function stageNamed(model: StageModel, name: string, via: LookupVia = 'copy'): Stage | undefined {
  const index = lookupStageIndex(
    once(model, 'stageNameIndex', () => stageNameIndex(model.stages)),
    name,
    via,
  );
  return index === undefined ? undefined : model.stages[index];
}

/** @deprecated alias of stageNamed(model, name, 'target'). */
export function stageByName(model: StageModel, name: string): Stage | undefined {
  return stageNamed(model, name, 'target');
}

/** The stage a build ships: the `--target` stage (last of that name), else the last stage; undefined when none matches. */
export function finalStage(model: StageModel, target: string | null = null): Stage | undefined {
  return target === null ? model.stages.at(-1) : stageNamed(model, target, 'target');
}

/** The earlier stage a reference resolves to (a name, or an index for COPY --from); null otherwise. */
export function referencedStage(model: StageModel, ref: Reference): Stage | null {
  const index = stageIndexOf(ref.target, ref.via);
  return index !== null && index < ref.stage ? model.stages[index]! : null;
}

function stageIndexOf(target: RefTarget, via: Reference['via']): number | null {
  if (target.kind === 'stage') return target.stage;
  if (target.kind === 'index' && via === 'copy') return target.index;
  return null;
}

/** The stage, then the stage it is written FROM, and so on (only earlier stages: no cycles). */
export function chain(model: StageModel, stage: Stage): Stage[] {
  if (stage.parent === null || stage.parent >= stage.index) return perStage(model, stage, 'chain', () => [stage]);
  return perStage(model, stage, 'chain', () => {
    const result = [stage];
    let current = stage;
    while (current.parent !== null && current.parent < current.index) {
      current = model.stages[current.parent]!;
      result.push(current);
    }
    return result;
  });
}

/** The stage at the end of the chain: the one that starts from an image or scratch. */
export function rootStage(model: StageModel, stage: Stage): Stage {
  return chain(model, stage).at(-1)!;
}

/** The external image at the root of a stage's chain; null for scratch or a broken chain. */
export function rootImage(model: StageModel, stage: Stage): ImageRef | null {
  const root = rootStage(model, stage);
  return root.base.kind === 'image' ? root.base.image : null;
}

/** The chain starts `FROM scratch`. */
export function rootIsScratch(model: StageModel, stage: Stage): boolean {
  return rootStage(model, stage).base.kind === 'scratch';
}

/**
 * The stages a `FROM name-$VAR` root can stand for: earlier named stages whose names fit the
 * pattern (`artifacts-${TARGETARCH}` fits `artifacts-amd64`); empty when the chain's root names
 * no variable, or only a variable (`FROM $IMAGE` names no stage family).
 */
export function variableBaseStages(model: StageModel, stage: Stage): Stage[] {
  const root = rootStage(model, stage);
  const written = root.from.args[0]?.value ?? '';
  // A stage name is short: a long operand (hostile input) names no stage family, and `[^{}$]*`
  // stops at the next `$`, so the split stays linear on `${a:-${a:-…` (test/hostile-engine-limits).
  if (!written.includes('$') || written.length > 256) return [];
  return perStage(model, root, 'variableBaseStages', () => {
    const parts = written.toLowerCase().split(/\$\{[^{}$]*\}|\$\{|\$[A-Za-z_][A-Za-z0-9_]*/);
    if (parts.join('') === '') return [];
    return model.stages.filter((s) => s.index < root.index && s.name !== null && fitsParts(s.name.toLowerCase(), parts));
  });
}

/**
 * The name is the literal parts in order with anything between them (each variable may stand for
 * any text): what `^p0.*p1.*p2$` matches, without compiling a pattern per stage.
 */
function fitsParts(name: string, parts: string[]): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) return name === first;
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  const end = name.length - last.length;
  let at = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = name.indexOf(parts[i]!, at);
    if (found < 0 || found + parts[i]!.length > end) return false;
    at = found + parts[i]!.length;
  }
  return true;
}

/**
 * The stage holds only what was copied into it: its chain starts FROM scratch, or FROM
 * `name-$VAR` where every stage the name can stand for does.
 */
export function holdsOnlyOutputs(model: StageModel, stage: Stage): boolean {
  if (rootIsScratch(model, stage)) return true;
  const candidates = variableBaseStages(model, stage);
  return candidates.length > 0 && candidates.every((s) => holdsOnlyOutputs(model, s));
}

/**
 * An export stage (built with `--output`): it holds only outputs and nothing in it, or in what
 * it may be built FROM, sets a CMD or ENTRYPOINT, so it runs no program.
 */
export function isExportStage(model: StageModel, stage: Stage): boolean {
  if (!holdsOnlyOutputs(model, stage)) return false;
  if (chain(model, stage).some((s) => s.cmd !== null || s.entrypoint !== null)) return false;
  return variableBaseStages(model, stage).every((s) => isExportStage(model, s));
}

/** The direct stage dependencies of a stage (FROM, COPY --from, RUN --mount from), earlier stages only. */
export function directDependencies(model: StageModel, stage: Stage): Set<number> {
  return perStage(model, stage, 'directDependencies', () => {
    const result = new Set<number>();
    for (const ref of [stage.baseRef, ...stage.references]) {
      const index = stageIndexOf(ref.target, ref.via);
      // A stage can only need an earlier one; anything else BuildKit rejects (MS006).
      if (index !== null && index < stage.index && model.stages[index]) result.add(index);
    }
    return result;
  });
}

/** Stages a build of `stage` needs: itself, its chain, and what it copies or mounts from, transitively. */
export function dependencies(model: StageModel, stage: Stage): Set<number> {
  return perStage(model, stage, 'dependencies', () => {
    const seen = new Set<number>();
    const todo = [stage.index];
    while (todo.length > 0) {
      const index = todo.pop()!;
      if (seen.has(index)) continue;
      seen.add(index);
      for (const dep of directDependencies(model, model.stages[index]!)) todo.push(dep);
    }
    return seen;
  });
}

/** Level of each stage in the dependency DAG: 0 needs no stage; one level builds at the same time. */
export function stageLevels(model: StageModel): number[] {
  return once(model, 'stageLevels', () => {
    const levels: number[] = [];
    for (const stage of model.stages) {
      let level = 0;
      for (const dep of directDependencies(model, stage)) level = Math.max(level, levels[dep]! + 1);
      levels.push(level);
    }
    return levels;
  });
}

/** The stages a build of `stage` runs, grouped in waves BuildKit can build at once, in order. */
export function buildWaves(model: StageModel, stage: Stage): number[][] {
  const levels = stageLevels(model);
  const waves: number[][] = [];
  for (const index of [...dependencies(model, stage)].sort((a, b) => a - b)) (waves[levels[index]!] ??= []).push(index);
  return waves.filter(Boolean);
}

/** A human label: the name, or `#index` for an unnamed stage. */
export function stageLabel(stage: Stage): string {
  return stage.name ?? `#${stage.index}`;
}

/** The stage of the chain whose `FROM --platform=` names `$BUILDPLATFORM` (the build machine's platform), else null. */
export function onBuildPlatform(model: StageModel, stage: Stage): Stage | null {
  return (
    chain(model, stage).find((s) => s.platform !== null && /\$(\{BUILDPLATFORM[}:]|BUILDPLATFORM(?![A-Za-z0-9_]))/.test(s.platform)) ?? null
  );
}

/** The stage of the chain pinned to a literal platform (`FROM --platform=linux/amd64`), else null. */
export function onFixedPlatform(model: StageModel, stage: Stage): Stage | null {
  return chain(model, stage).find((s) => s.platform !== null && !s.platform.includes('$')) ?? null;
}
