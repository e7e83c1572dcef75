// Questions asked of the model across stages: chains, what a build needs, inherited settings.
import type { ImageRef, Instruction, PackageInstall, Stage, StageModel, UserSetting } from './types';
import { assignments } from './vars';

/** The stage, then the stage it is written FROM, and so on (only earlier stages: no cycles). */
export function chain(model: StageModel, stage: Stage): Stage[] {
  const result = [stage];
  let current = stage;
  while (current.parent !== null && current.parent < current.index) {
    current = model.stages[current.parent]!;
    result.push(current);
  }
  return result;
}

/** The external image at the root of a stage's chain; null for scratch or a broken chain. */
export function rootImage(model: StageModel, stage: Stage): ImageRef | null {
  const root = chain(model, stage).at(-1)!;
  return root.base.kind === 'image' ? root.base.image : null;
}

export function rootIsScratch(model: StageModel, stage: Stage): boolean {
  return chain(model, stage).at(-1)!.base.kind === 'scratch';
}

/** Stages a build of `stage` needs: itself, its chain, and what it copies or mounts from, transitively. */
export function dependencies(model: StageModel, stage: Stage): Set<number> {
  const seen = new Set<number>();
  // A work list, not recursion: a chain of thousands of stages must not overflow the stack.
  const todo = [stage.index];
  while (todo.length > 0) {
    const index = todo.pop()!;
    if (seen.has(index)) continue;
    seen.add(index);
    const current = model.stages[index]!;
    for (const ref of [current.baseRef, ...current.references]) {
      if (ref.target.kind === 'stage' && ref.target.stage !== index) todo.push(ref.target.stage);
      if (ref.target.kind === 'index' && ref.via === 'copy' && model.stages[ref.target.index]) todo.push(ref.target.index);
    }
  }
  return seen;
}

/** The direct stage dependencies of a stage (FROM, COPY --from, RUN --mount from). */
export function directDependencies(model: StageModel, stage: Stage): Set<number> {
  const result = new Set<number>();
  for (const ref of [stage.baseRef, ...stage.references]) {
    if (ref.target.kind === 'stage' && ref.target.stage !== stage.index) result.add(ref.target.stage);
    if (ref.target.kind === 'index' && ref.via === 'copy' && model.stages[ref.target.index]) result.add(ref.target.index);
  }
  return result;
}

/** The USER in force at the end of the stage, looking through its chain. */
export function effectiveUser(model: StageModel, stage: Stage): UserSetting | null {
  for (const s of chain(model, stage)) if (s.user) return s.user;
  return null;
}

export function effectiveWorkdir(model: StageModel, stage: Stage): string {
  for (const s of chain(model, stage)) if (s.workdir) return s.workdir;
  return '/';
}

/** Packages installed through the chain and not removed later in the stage that installed them. */
export function installedPackages(model: StageModel, stage: Stage): { pkg: string; install: PackageInstall; stage: Stage }[] {
  const result: { pkg: string; install: PackageInstall; stage: Stage }[] = [];
  for (const s of chain(model, stage)) {
    for (const install of s.packages) {
      for (const pkg of install.packages) if (!s.removed.has(pkg)) result.push({ pkg, install, stage: s });
    }
  }
  return result;
}

export function stageByName(model: StageModel, name: string): Stage | undefined {
  const key = name.toLowerCase();
  for (let i = model.stages.length - 1; i >= 0; i--) if (model.stages[i]!.name?.toLowerCase() === key) return model.stages[i];
  return undefined;
}

/** A human label: the name, or `#index` for an unnamed stage. */
export function stageLabel(stage: Stage): string {
  return stage.name ?? `#${stage.index}`;
}

/**
 * The value a RUN at `instruction` sees for variable `name`: ENV (which BuildKit lets win over
 * ARG) or ARG, set earlier in the stage or anywhere in its chain. Undefined when unset.
 * Inline `NAME=value` prefixes are the command's own (Command.env) and not looked at here.
 */
export function variableAt(model: StageModel, stage: Stage, instruction: Instruction | null, name: string): string | undefined {
  let env: string | undefined;
  let arg: string | undefined;
  for (const s of chain(model, stage).reverse()) {
    for (const current of s.instructions) {
      if (s === stage && current === instruction) break;
      if (current.keyword !== 'ENV' && current.keyword !== 'ARG') continue;
      for (const [key, value] of assignments(current.keyword, current.args.map((w) => w.value))) {
        if (key !== name) continue;
        if (current.keyword === 'ENV') env = value ?? '';
        else arg = value ?? s.args.get(name) ?? arg;
      }
    }
  }
  return env ?? arg;
}
