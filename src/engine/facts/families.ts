// Which family a base image belongs to: what it holds (a libc or none, a language runtime, a
// toolchain). Exercise goals name families, never images, so another good base passes.
import { canonicalImageName } from '../images';
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

/** Tag parts split on `-` and `.`: `20-bookworm-slim` → [20, bookworm, slim]. */
function tagHas(tag: string | null, ...words: string[]): boolean {
  const parts = (tag ?? '').toLowerCase().split(/[-.]/);
  return parts.some((p) => words.some((w) => p.startsWith(w)));
}

const startsWithAny = (name: string, prefixes: string[]) => prefixes.some((p) => name === p || name.startsWith(p));

const JAVA_VENDORS = ['eclipse-temurin', 'openjdk', 'ibm-semeru-runtimes', 'amazoncorretto', 'sapmachine', 'azul/zulu-openjdk', 'azul/zulu-openjdk-alpine', 'azul/zulu-openjdk-debian'];
const DOTNET = 'mcr.microsoft.com/dotnet/';

const FAMILIES: Record<Exclude<ImageFamily, 'scratch'>, (name: string, tag: string | null) => boolean> = {
  alpine: (name) => name === 'alpine',
  'debian-slim': (name, tag) => name === 'debian' && tagHas(tag, 'slim'),
  'distroless-static': (name) => startsWithAny(name, ['gcr.io/distroless/static', 'cgr.dev/chainguard/static']),
  'distroless-base': (name) =>
    startsWithAny(name, ['gcr.io/distroless/base', 'gcr.io/distroless/cc', 'cgr.dev/chainguard/glibc-dynamic', 'cgr.dev/chainguard/cc-dynamic']),
  node: (name) => name === 'node' || startsWithAny(name, ['gcr.io/distroless/nodejs', 'cgr.dev/chainguard/node']),
  'node-runtime': (name, tag) =>
    (name === 'node' && tagHas(tag, 'slim', 'alpine')) || startsWithAny(name, ['gcr.io/distroless/nodejs', 'cgr.dev/chainguard/node']),
  'python-runtime': (name, tag) =>
    (name === 'python' && tagHas(tag, 'slim', 'alpine')) || startsWithAny(name, ['gcr.io/distroless/python3', 'cgr.dev/chainguard/python']),
  golang: (name) => name === 'golang' || name === 'cgr.dev/chainguard/go',
  jre: (name, tag) =>
    (JAVA_VENDORS.includes(name) && tagHas(tag, 'jre')) ||
    startsWithAny(name, ['bellsoft/liberica-openjre', 'gcr.io/distroless/java', 'cgr.dev/chainguard/jre']) ||
    (name === 'bellsoft/liberica-runtime-container' && tagHas(tag, 'jre')),
  // A bare version tag of the vendors' images (`eclipse-temurin:21`) is the JDK.
  jdk: (name, tag) =>
    (JAVA_VENDORS.includes(name) && !tagHas(tag, 'jre')) || name === 'maven' || name === 'gradle' || startsWithAny(name, ['bellsoft/liberica-openjdk', 'cgr.dev/chainguard/jdk']),
  aspnet: (name) => name === `${DOTNET}aspnet` || name === 'cgr.dev/chainguard/aspnet-runtime',
  'dotnet-runtime': (name) => name === `${DOTNET}runtime` || name === 'cgr.dev/chainguard/dotnet-runtime',
  'dotnet-runtime-deps': (name) => name === `${DOTNET}runtime-deps`,
  'dotnet-sdk': (name) => name === `${DOTNET}sdk` || name === 'cgr.dev/chainguard/dotnet-sdk',
};

export function imageInFamily(image: Image, family: ImageFamily): boolean {
  if (family === 'scratch') return false;
  return FAMILIES[family](canonicalImageName(image.name), image.tag);
}

/** The families a base belongs to (scratch is its own family; an unresolved image none). */
export function familiesOf(base: RefTarget): ImageFamily[] {
  if (base.kind === 'scratch') return ['scratch'];
  if (base.kind !== 'image' || base.image.unresolved) return [];
  return (Object.keys(FAMILIES) as Exclude<ImageFamily, 'scratch'>[]).filter((f) => imageInFamily(base.image, f));
}

/** Bases with no C library at all: only static binaries start there. */
export function hasNoLibc(base: RefTarget): boolean {
  const families = familiesOf(base);
  return families.includes('scratch') || families.includes('distroless-static');
}

/** Bases built on musl, where a glibc-linked binary does not start. */
export function isMusl(image: Image | null): boolean {
  if (!image) return false;
  const name = canonicalImageName(image.name);
  return name === 'alpine' || tagHas(image.tag, 'alpine') || name.includes('musl');
}

/** Users an image of a family has in /etc/passwd, so `USER name` works without creating it. */
export function knownUsers(base: RefTarget): string[] {
  const families = familiesOf(base);
  if (families.includes('scratch') || base.kind !== 'image') return [];
  const name = canonicalImageName(base.image.name);
  const users = ['root', 'nobody'];
  if (/distroless|chainguard/.test(name)) users.push('nonroot');
  // Debian and Ubuntu's own system users; Alpine's too.
  else users.push('daemon', 'bin', 'mail', 'www-data');
  if (name === 'ubuntu' && /^(2[4-9]|[3-9]\d)/.test(base.image.tag ?? '')) users.push('ubuntu');
  if (families.includes('node') || name === 'node') users.push('node');
  // .NET 8 and later images carry `app` (UID 1654).
  if (name.startsWith(DOTNET)) users.push('app');
  if (name.includes('nginx')) users.push('nginx');
  if (name === 'gradle') users.push('gradle');
  return users;
}
