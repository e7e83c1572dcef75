// The families exercise goals name (never images, so another good base passes), read off the one
// image table (../images.ts classifyImage): no image is classified here.
import { classifyImage, type ImageClass } from '../images';
import type { ImageRef, RefTarget } from '../types';

export type ImageFamily =
  | 'scratch'
  | 'alpine'
  | 'debian-slim'
  | 'distroless-static'
  | 'distroless-base'
  | 'node'
  | 'node-runtime'
  | 'python-runtime'
  | 'golang'
  | 'jre'
  | 'jdk'
  | 'aspnet'
  | 'dotnet-runtime'
  | 'dotnet-runtime-deps'
  | 'dotnet-sdk';

type Image = Pick<ImageRef, 'name' | 'tag'>;

const FAMILIES: Record<Exclude<ImageFamily, 'scratch'>, (c: ImageClass) => boolean> = {
  alpine: (c) => c.family === 'alpine',
  'debian-slim': (c) => c.family === 'debian-slim',
  'distroless-static': (c) => c.family === 'distroless-static',
  'distroless-base': (c) => c.family === 'distroless-base' || c.family === 'distroless-cc',
  node: (c) => c.language === 'node' && (c.family === 'node' || c.family === 'node-runtime' || c.family === 'distroless-nodejs'),
  'node-runtime': (c) => c.family === 'node-runtime' || c.family === 'distroless-nodejs',
  'python-runtime': (c) => c.family === 'python-runtime' || c.family === 'distroless-python',
  golang: (c) => c.family === 'golang',
  jre: (c) => c.language === 'java' && c.variant === 'jre',
  jdk: (c) => c.language === 'java' && c.variant === 'jdk',
  aspnet: (c) => c.family === 'dotnet-aspnet',
  'dotnet-runtime': (c) => c.family === 'dotnet-runtime',
  'dotnet-runtime-deps': (c) => c.family === 'dotnet-runtime-deps',
  'dotnet-sdk': (c) => c.family === 'dotnet-sdk',
};

export function imageInFamily(image: Image, family: ImageFamily): boolean {
  if (family === 'scratch') return false;
  return FAMILIES[family](classifyImage(image));
}

/** The families a base belongs to (scratch is its own family; an unresolved image none). */
export function familiesOf(base: RefTarget): ImageFamily[] {
  if (base.kind === 'scratch') return ['scratch'];
  if (base.kind !== 'image' || base.image.unresolved) return [];
  const kind = classifyImage(base.image);
  return (Object.keys(FAMILIES) as Exclude<ImageFamily, 'scratch'>[]).filter((f) => FAMILIES[f](kind));
}

/** Bases with no C library at all: only static binaries start there. */
export function hasNoLibc(base: RefTarget): boolean {
  if (base.kind === 'scratch') return true;
  return base.kind === 'image' && !base.image.unresolved && classifyImage(base.image).libc === 'none';
}

/** Bases built on musl, where a glibc-linked binary does not start. */
export function isMusl(image: Image | null): boolean {
  return image !== null && classifyImage(image).libc === 'musl';
}

/** Users an image has in /etc/passwd, so `USER name` works without creating it. */
export function knownUsers(base: RefTarget): string[] {
  if (base.kind !== 'image') return [];
  return [...classifyImage(base.image).users];
}
