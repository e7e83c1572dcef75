// The image a stage runs on, classified by the one table (../images.ts).
import type { Stage, StageModel } from '../types';
import { classifyImage, type ImageClass } from '../images';
import { rootImage, rootIsScratch } from './stages';
import { perStage } from './memo';

const SCRATCH: ImageClass = classifyImage({ name: 'scratch', tag: null });

/** The class of the stage's root base (through its chain): scratch, distroless, musl, toolchain …; null when the image is unknown (a broken chain). */
export function baseClass(model: StageModel, stage: Stage): ImageClass | null {
  return perStage(model, stage, 'baseClass', () => {
    if (rootIsScratch(model, stage)) return SCRATCH;
    const image = rootImage(model, stage);
    return image ? classifyImage(image) : null;
  });
}

/** The C library a binary finds on the stage: none (scratch, static distroless), glibc, musl or unknown. */
export function libcOf(model: StageModel, stage: Stage): ImageClass['libc'] {
  const kind = baseClass(model, stage);
  if (!kind) return 'unknown';
  const image = rootImage(model, stage);
  // An image named only by a variable with no default is known at build time alone.
  if (image && image.unresolved && image.name === '') return 'unknown';
  return kind.libc;
}

/** The Python `major.minor` of the stage's base when it is a python image with a versioned tag (`python:3.13-slim` → 3.13), else null. */
export function pythonVersionOf(model: StageModel, stage: Stage): string | null {
  const image = rootImage(model, stage);
  if (!image || image.unresolved || baseClass(model, stage)?.language !== 'python') return null;
  return /^(\d+\.\d+)(?:[.-]|$)/.exec(image.tag ?? '')?.[1] ?? null;
}
