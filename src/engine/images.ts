// Base-image knowledge: the size figures the reference teaches, and which bases are
// full toolchains. Pure data. Rule MS011, the decision trees and the reference all read
// it from here, so a figure is written once and they cannot disagree.

export interface ImageSize {
  /** Image as the reference names it, e.g. `node:20-slim`. */
  ref: string;
  /** Uncompressed size, as the reference states it. */
  size: string;
}

export interface LanguageSizes {
  language: string;
  /** The full SDK image a single-stage build ships. */
  heavy: ImageSize;
  /** What a multi-stage build can ship instead (first one is the usual pick). */
  lighter: ImageSize[];
  reduction: string;
}

/**
 * The reference's size table: single-stage (SDK) image vs. multi-stage runtime image.
 * One figure per image across all tables (scratch is empty: 0 MB, the binary comes on top).
 */
export const LANGUAGE_SIZES: readonly LanguageSizes[] = [
  {
    language: 'Go',
    heavy: { ref: 'golang:1.22', size: '~800 MB' },
    lighter: [
      { ref: 'scratch', size: '0 MB' },
      { ref: 'alpine:3.19', size: '~7 MB' },
    ],
    reduction: '99%',
  },
  {
    language: 'Node.js',
    heavy: { ref: 'node:20', size: '~1.1 GB' },
    lighter: [{ ref: 'node:20-slim', size: '~180 MB' }],
    reduction: '83%',
  },
  {
    language: 'Python',
    heavy: { ref: 'python:3.12', size: '~1.0 GB' },
    lighter: [{ ref: 'python:3.12-slim', size: '~150 MB' }],
    reduction: '85%',
  },
  {
    language: 'Java',
    heavy: { ref: 'eclipse-temurin:21-jdk', size: '~700 MB' },
    lighter: [{ ref: 'eclipse-temurin:21-jre', size: '~220 MB' }],
    reduction: '69%',
  },
  {
    language: 'Rust',
    heavy: { ref: 'rust:1.77', size: '~1.4 GB' },
    lighter: [
      { ref: 'scratch', size: '0 MB' },
      { ref: 'alpine:3.19', size: '~7 MB' },
    ],
    reduction: '99%',
  },
  {
    language: '.NET',
    heavy: { ref: 'mcr.microsoft.com/dotnet/sdk:8.0', size: '~900 MB' },
    lighter: [{ ref: 'mcr.microsoft.com/dotnet/aspnet:8.0', size: '~220 MB' }],
    reduction: '76%',
  },
];

export interface FinalBase extends ImageSize {
  useWhen: string;
}

/** The reference's table of final-stage bases. */
export const FINAL_BASES: readonly FinalBase[] = [
  { ref: 'scratch', size: '0 MB', useWhen: 'statically linked binaries (Go with CGO_ENABLED=0, Rust on musl)' },
  { ref: 'gcr.io/distroless/static-debian12', size: '~2 MB', useWhen: 'static binaries that need CA certificates, time zones and a non-root user, but no shell' },
  { ref: 'alpine:3.19', size: '~7 MB', useWhen: 'you want a shell and a few tools; programs must be static or built against musl' },
  { ref: 'gcr.io/distroless/base-debian12', size: '~20 MB', useWhen: 'binaries linked against glibc, no shell needed' },
  { ref: '*-slim', size: '30-80 MB', useWhen: 'glibc plus a shell and a package manager for run-time packages (debian:bookworm-slim, node:20-slim, …)' },
];

/**
 * Images the trees recommend that neither table lists. Figures here are our own
 * approximate readings, not the reference's; keep them few.
 */
export const OTHER_IMAGES: readonly ImageSize[] = [
  { ref: 'debian:bookworm-slim', size: '~75 MB' },
  { ref: 'nginxinc/nginx-unprivileged:1.25-alpine', size: '~40 MB' },
];

/** The size figure of an image the reference knows, by the exact ref it uses; else null. */
export function imageSize(ref: string): string | null {
  const final = FINAL_BASES.find((b) => b.ref === ref);
  if (final) return final.size;
  for (const row of LANGUAGE_SIZES) {
    if (row.heavy.ref === ref) return row.heavy.size;
    const light = row.lighter.find((l) => l.ref === ref);
    if (light) return light.size;
  }
  return OTHER_IMAGES.find((i) => i.ref === ref)?.size ?? null;
}

export interface HeavyBaseAdvice {
  language: string;
  heavy: string;
  heavySize: string;
  lighter: string;
  lighterSize: string;
}

/** Registry prefixes that all mean Docker Hub's official images. */
const HUB_PREFIXES = ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'library/'];

/** `docker.io/library/golang` → `golang`; other names unchanged (lower-cased). */
export function canonicalImageName(name: string): string {
  const lower = name.toLowerCase();
  for (const prefix of HUB_PREFIXES) {
    if (lower.startsWith(prefix)) return lower.slice(prefix.length);
  }
  if (lower.startsWith('docker.io/') || lower.startsWith('index.docker.io/')) return lower.slice(lower.indexOf('/') + 1);
  return lower;
}

/** Tag parts split on `-` and `.`, so `3.12-slim-bookworm` → [3, 12, slim, bookworm]. */
function tagParts(tag: string | null): string[] {
  return tag ? tag.toLowerCase().split(/[-.]/) : [];
}

function isSlimOrAlpine(tag: string | null): boolean {
  return tagParts(tag).some((p) => p.startsWith('slim') || p.startsWith('alpine'));
}

function fromTable(language: string): HeavyBaseAdvice {
  const row = LANGUAGE_SIZES.find((r) => r.language === language)!;
  return {
    language,
    heavy: row.heavy.ref,
    heavySize: row.heavy.size,
    lighter: row.lighter.map((l) => l.ref).join(' or '),
    lighterSize: row.lighter.map((l) => l.size).join(' or '),
  };
}

const SDK_WITHOUT_SLIM: Record<string, string> = { golang: 'Go', rust: 'Rust', node: 'Node.js', python: 'Python' };
const JDK_IMAGES = new Set(['eclipse-temurin', 'openjdk', 'amazoncorretto']);

/**
 * Advice when `image` is a full SDK or toolchain image that should not be shipped
 * (the bases of rule MS011); null for any other image.
 */
export function heavyBaseAdvice(image: { name: string; tag: string | null }): HeavyBaseAdvice | null {
  const name = canonicalImageName(image.name);
  const sdk = SDK_WITHOUT_SLIM[name];
  if (sdk) return isSlimOrAlpine(image.tag) ? null : fromTable(sdk);
  if (JDK_IMAGES.has(name)) {
    // A bare version tag of these images (`openjdk:21`, `eclipse-temurin:21`) is the JDK too.
    return tagParts(image.tag).includes('jre') ? null : fromTable('Java');
  }
  if (name === 'maven' || name === 'gradle') return fromTable('Java');
  if (name === 'mcr.microsoft.com/dotnet/sdk') return fromTable('.NET');
  if (name === 'gcc' || name === 'buildpack-deps') {
    // Neither has a row in the size table: name the glibc runtime base and its figure.
    const base = FINAL_BASES.find((b) => b.ref === 'gcr.io/distroless/base-debian12')!;
    return {
      language: 'C/C++',
      heavy: name === 'gcc' ? 'gcc' : 'buildpack-deps',
      heavySize: name === 'gcc' ? 'over 1 GB' : 'several hundred MB',
      lighter: base.ref,
      lighterSize: base.size,
    };
  }
  return null;
}
