// The stage graph: which stage needs which, what a build builds, and what BuildKit can run at once.
// Pure: reads the stage model only.
import type { ImageRef, RefTarget, Reference, StageModel } from './types';
import { dependencies, finalStage, stageLevels } from './facts/stages';

export interface GraphNode {
  index: number;
  /** The name after AS, or null. */
  name: string | null;
  /** How to call the stage in text: its name, else `stage N`. */
  label: string;
  /** What the stage starts from: an image, scratch, or an earlier stage. */
  base: { kind: 'image'; image: ImageRef } | { kind: 'scratch' } | { kind: 'stage'; stage: number } | { kind: 'invalid'; raw: string };
  platform: string | null;
  line: number;
  /** Level in the dependency DAG: 0 for stages that need no other stage. Same level = can build at once. */
  level: number;
}

export interface GraphEdge {
  /** The stage that holds the reference (the dependent). */
  from: number;
  /** What it needs: a stage, or an external image for COPY --from / RUN --mount from. */
  to: { kind: 'stage'; stage: number } | { kind: 'image'; image: ImageRef } | { kind: 'scratch' };
  via: Reference['via'];
  raw: string;
  line: number;
}

export interface StageGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The stage a plain `docker build` ships: the last one. Null when there is no stage. */
  last: number | null;
  /** The stage this build ships: the --target stage, else the last. */
  final: number | null;
  target: string | null;
  /** Stages a build of `final` builds (BuildKit skips the rest). */
  built: Set<number>;
  /** Stages a plain build (no --target) builds. */
  plainBuild: Set<number>;
  /** Stages no plain build reaches: only `--target` (or another stage's target) builds them. */
  targetOnly: Set<number>;
  /** The built stages grouped by level: each group can build at the same time. */
  steps: number[][];
}

export class UnknownStageError extends Error {
  constructor(
    readonly target: string,
    readonly stages: string[],
  ) {
    super(`no stage named '${target}'`);
  }
}

function stageOf(target: RefTarget, count: number, via: Reference['via'] = 'copy'): number | null {
  if (target.kind === 'stage') return target.stage;
  // Only COPY --from reads a number as a stage; `RUN --mount from=1` names an image (rules.md MS003).
  if (target.kind === 'index' && via === 'copy' && target.index >= 0 && target.index < count) return target.index;
  return null;
}

/** Build the graph. `target` names the stage to ship, as `docker build --target` (case-insensitive). */
export function stageGraph(model: StageModel, target?: string | null): StageGraph {
  const count = model.stages.length;
  const edges: GraphEdge[] = [];
  for (const stage of model.stages) {
    const refs = [stage.baseRef, ...stage.references.filter((r) => r !== stage.baseRef && r.via !== 'from')];
    for (const ref of refs) {
      const line = ref.span.start.line;
      const dep = stageOf(ref.target, count, ref.via);
      // A stage can only need an earlier one; anything else BuildKit rejects, so it draws no edge.
      if (dep !== null && dep < stage.index) {
        edges.push({ from: stage.index, to: { kind: 'stage', stage: dep }, via: ref.via, raw: ref.raw, line });
      } else if (ref.via !== 'from' && ref.target.kind === 'image') {
        edges.push({ from: stage.index, to: { kind: 'image', image: ref.target.image }, via: ref.via, raw: ref.raw, line });
      }
    }
  }

  const levels = stageLevels(model);
  const closure = (start: number | null): Set<number> => (start === null ? new Set() : dependencies(model, model.stages[start]!));

  const last = count > 0 ? count - 1 : null;
  let final = last;
  if (target) {
    // As lint and BuildKit: case-insensitive, and a duplicated name means its last stage.
    const found = finalStage(model, target);
    if (!found)
      throw new UnknownStageError(
        target,
        model.stages.flatMap((s) => (s.name ? [s.name] : [])),
      );
    final = found.index;
  }
  const built = closure(final);
  const plainBuild = closure(last);
  const targetOnly = new Set(model.stages.map((s) => s.index).filter((i) => !plainBuild.has(i)));

  const steps: number[][] = [];
  for (const i of [...built].sort((a, b) => a - b)) (steps[levels[i]!] ??= []).push(i);

  const nodes: GraphNode[] = model.stages.map((stage) => {
    const dep = stageOf(stage.base, count);
    const base: GraphNode['base'] =
      dep !== null && dep < stage.index
        ? { kind: 'stage', stage: dep }
        : stage.base.kind === 'image'
          ? { kind: 'image', image: stage.base.image }
          : stage.base.kind === 'scratch'
            ? { kind: 'scratch' }
            : { kind: 'invalid', raw: stage.baseRef.raw };
    return {
      index: stage.index,
      name: stage.name,
      label: stage.name ?? `stage ${stage.index}`,
      base,
      platform: stage.platform,
      line: stage.from.span.start.line,
      level: levels[stage.index]!,
    };
  });

  return { nodes, edges, last, final, target: target ?? null, built, plainBuild, targetOnly, steps: steps.filter(Boolean) };
}
