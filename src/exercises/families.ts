// The base-image families a goal may name, read off the engine's one image classification
// (facts: baseClass). Goals name families, not images, so another good base passes.
import { baseClass, type ImageClass } from '../engine/facts';
import type { Stage, StageModel } from '../engine/types';
import type { BaseFamily } from './types';

const IN_FAMILY: Record<BaseFamily, (c: ImageClass) => boolean> = {
  scratch: (c) => c.family === 'scratch',
  alpine: (c) => c.family === 'alpine',
  'debian-slim': (c) => c.family === 'debian-slim',
  'distroless-static': (c) => c.family === 'distroless-static',
  'distroless-base': (c) => c.family === 'distroless-base' || c.family === 'distroless-cc',
  node: (c) => c.language === 'node',
  'node-runtime': (c) => c.language === 'node' && !c.toolchain,
  'python-runtime': (c) => c.language === 'python' && !c.toolchain,
  golang: (c) => c.family === 'golang',
  jre: (c) => c.language === 'java' && c.variant === 'jre',
  jdk: (c) => c.language === 'java' && c.variant === 'jdk',
  aspnet: (c) => c.family === 'dotnet-aspnet',
  'dotnet-runtime': (c) => c.family === 'dotnet-runtime',
  'dotnet-runtime-deps': (c) => c.family === 'dotnet-runtime-deps',
  'dotnet-sdk': (c) => c.family === 'dotnet-sdk',
};

export const BASE_FAMILIES = Object.keys(IN_FAMILY) as BaseFamily[];

/** The goal families a stage's root base (through its chain) belongs to; none when the image is unknown. */
export function familiesOfStage(model: StageModel, stage: Stage): BaseFamily[] {
  const kind = baseClass(model, stage);
  return kind ? BASE_FAMILIES.filter((f) => IN_FAMILY[f](kind)) : [];
}
