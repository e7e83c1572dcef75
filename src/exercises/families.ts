// Which base images count as which kind of runtime base. A goal names families, not images,
// so an answer on another good base (distroless instead of alpine, Chainguard, …) passes.
import { canonicalImageName } from '../engine/images';
import type { ImageRef, RefTarget } from '../engine/types';
import type { BaseFamily } from './types';

type Image = Pick<ImageRef, 'name' | 'tag'>;

/** Tag parts split on `-` and `.`: `20-bookworm-slim` → [20, bookworm, slim]. */
function tagHas(tag: string | null, ...words: string[]): boolean {
  const parts = (tag ?? '').toLowerCase().split(/[-.]/);
  return parts.some((p) => words.some((w) => p.startsWith(w)));
}

const startsWithAny = (name: string, prefixes: string[]) => prefixes.some((p) => name === p || name.startsWith(p));

const FAMILIES: Record<Exclude<BaseFamily, 'scratch'>, (name: string, tag: string | null) => boolean> = {
  alpine: (name) => name === 'alpine',
  'debian-slim': (name, tag) => name === 'debian' && tagHas(tag, 'slim'),
  'distroless-static': (name) => startsWithAny(name, ['gcr.io/distroless/static', 'cgr.dev/chainguard/static']),
  'distroless-base': (name) =>
    startsWithAny(name, ['gcr.io/distroless/base', 'gcr.io/distroless/cc', 'cgr.dev/chainguard/glibc-dynamic', 'cgr.dev/chainguard/cc-dynamic']),
  'node-runtime': (name, tag) =>
    (name === 'node' && tagHas(tag, 'slim', 'alpine')) || startsWithAny(name, ['gcr.io/distroless/nodejs', 'cgr.dev/chainguard/node']),
  'python-runtime': (name, tag) =>
    (name === 'python' && tagHas(tag, 'slim', 'alpine')) || startsWithAny(name, ['gcr.io/distroless/python3', 'cgr.dev/chainguard/python']),
  jre: (name, tag) =>
    (['eclipse-temurin', 'openjdk', 'ibm-semeru-runtimes', 'azul/zulu-openjdk', 'azul/zulu-openjdk-alpine', 'azul/zulu-openjdk-debian'].includes(name) &&
      tagHas(tag, 'jre')) ||
    startsWithAny(name, ['bellsoft/liberica-openjre', 'gcr.io/distroless/java', 'cgr.dev/chainguard/jre']),
  'dotnet-runtime': (name) =>
    ['mcr.microsoft.com/dotnet/aspnet', 'mcr.microsoft.com/dotnet/runtime', 'mcr.microsoft.com/dotnet/runtime-deps'].includes(name),
};

export function imageInFamily(image: Image, family: BaseFamily): boolean {
  if (family === 'scratch') return false;
  return FAMILIES[family](canonicalImageName(image.name), image.tag);
}

/** The families a stage's root base belongs to (scratch is its own family). */
export function familiesOf(base: RefTarget): BaseFamily[] {
  if (base.kind === 'scratch') return ['scratch'];
  if (base.kind !== 'image' || base.image.unresolved) return [];
  return (Object.keys(FAMILIES) as Exclude<BaseFamily, 'scratch'>[]).filter((f) => imageInFamily(base.image, f));
}

/** Bases with no C library at all: only static binaries start there. */
export function hasNoLibc(base: RefTarget): boolean {
  const families = familiesOf(base);
  return families.includes('scratch') || families.includes('distroless-static');
}

/** Bases built on musl, where a glibc-linked binary does not start. */
export function isMusl(image: Image | null): boolean {
  if (!image) return false;
  return canonicalImageName(image.name) === 'alpine' || tagHas(image.tag, 'alpine') || canonicalImageName(image.name).includes('musl');
}
