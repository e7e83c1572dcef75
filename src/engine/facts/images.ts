// The image a stage runs on, classified by the one table (../images.ts).
import type { Stage, StageModel } from '../types';
import { classifyImage, tagParts, type ImageClass } from '../images';
import { normaliseImageName } from '../image';
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

/**
 * The Java feature release of the stage's base, when its tag or name says it: `eclipse-temurin:25-jre`,
 * `maven:3.9-eclipse-temurin-25`, `gradle:9-jdk25`, `gcr.io/distroless/java21-debian12`; else null.
 */
export function javaVersionOf(model: StageModel, stage: Stage): number | null {
  const image = rootImage(model, stage);
  if (!image || image.unresolved || baseClass(model, stage)?.language !== 'java') return null;
  const named = /\/java(\d+)(?:-|$)/.exec(image.name)?.[1];
  const tag = image.tag ?? '';
  const tagged = /(?:^|-)(?:jdk|jre|temurin-|corretto-|openjdk-)?(\d+)(?:[.u-]|$)/.exec(
    tag.replace(/^\d+(\.\d+)*-(?=(eclipse-temurin|amazoncorretto|openjdk|ibm|sapmachine))/, ''),
  );
  const found =
    named ??
    /(^|-)(jdk|jre)(\d+)/.exec(tag)?.[3] ??
    /(temurin|corretto|openjdk|semeru)-(\d+)/.exec(tag)?.[2] ??
    (image.name === 'maven' || image.name === 'gradle' ? null : tagged?.[1]);
  const version = found === undefined || found === null ? NaN : Number(found);
  // Java 8 is written 8u402; releases from 8 up are the ones images carry.
  return version >= 8 && version < 100 ? version : null;
}

/** The reference names an image: no variable left unresolved, no template placeholder in the tag (`%%VARIANT%%`, `{{ tag }}`). */
export function namesAnImage(image: { unresolved: boolean; tag: string | null }): boolean {
  return !image.unresolved && !/[^\w.-]/.test(image.tag ?? '');
}

// The official images built on Debian or Ubuntu (their Alpine and Windows tags aside).
const DEBIAN_BASED = new Set(['debian', 'ubuntu', 'python', 'node', 'golang', 'rust', 'ruby', 'php', 'perl', 'gcc', 'buildpack-deps']);

/**
 * The distribution under the stage's root image where it is sure: an Alpine image, or an official
 * Debian/Ubuntu based one. Null for anything else, for Windows, Chainguard and distroless, and for
 * a reference that names no image yet (namesAnImage).
 */
export function knownDistribution(
  model: StageModel,
  stage: Stage,
): { family: 'alpine' | 'debian'; name: string; parts: string[]; resolved: string } | null {
  const image = rootImage(model, stage);
  if (!image || !namesAnImage(image)) return null;
  const kind = classifyImage(image);
  if (kind.windows || kind.chainguard || kind.distroless) return null;
  const name = normaliseImageName(image.name);
  const parts = tagParts(image.tag);
  if (kind.busyboxUserTools && kind.family !== 'busybox') return { family: 'alpine', name, parts, resolved: image.resolved };
  if (DEBIAN_BASED.has(name) && kind.libc === 'glibc' && !parts.some((p) => p.startsWith('windows') || p.startsWith('nanoserver'))) {
    return { family: 'debian', name, parts, resolved: image.resolved };
  }
  return null;
}
