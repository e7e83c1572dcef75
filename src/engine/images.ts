// Base-image knowledge: the size figures the reference teaches (compressed download, linux/amd64), and which bases are
// full toolchains. Pure data. Rule MS011, the decision trees and the reference all read
// it from here, so a figure is written once and they cannot disagree.

export interface ImageSize {
  /** Image as the reference names it, e.g. `node:24-slim`. */
  ref: string;
  /**
   * Compressed download size for linux/amd64 (the sum of the layer sizes in the image's
   * manifest), the one measure every figure uses. `0 MB` for `scratch`.
   */
  size: string;
  /**
   * Where the figure comes from: `manifest` = the image's published manifest as listed by
   * docker-library/repo-info (Docker Official Images, read for the 2026-12-07 review);
   * `estimate` = images outside Docker Hub's official images (gcr.io, mcr.microsoft.com,
   * nginxinc), rounded, to be re-read from their registries (`docker buildx imagetools inspect`).
   */
  source: 'manifest' | 'estimate' | 'empty';
}

export interface LanguageSizes {
  language: string;
  /** The full SDK image a single-stage build ships. */
  heavy: ImageSize;
  /** What a multi-stage build can ship instead (first one is the usual pick). */
  lighter: ImageSize[];
  reduction: string;
}

/** The sources of the figures, for the reference's size table. */
export const SIZE_SOURCES = [
  'https://github.com/docker-library/repo-info/tree/master/repos',
  'https://docs.docker.com/reference/cli/docker/buildx/imagetools/inspect/',
];

/**
 * The reference's size table: single-stage (SDK) image vs. multi-stage runtime image.
 * One figure per image across all tables (scratch is empty: 0 MB, the binary comes on top).
 * Versions follow content/versions.json; refresh the figures when it changes.
 */
export const LANGUAGE_SIZES: readonly LanguageSizes[] = [
  {
    language: 'Go',
    heavy: { ref: 'golang:1.27', size: '316 MB', source: 'manifest' },
    lighter: [
      { ref: 'scratch', size: '0 MB', source: 'empty' },
      { ref: 'alpine:3.23', size: '3.8 MB', source: 'manifest' },
    ],
    reduction: '99%',
  },
  {
    language: 'Node.js',
    heavy: { ref: 'node:24', size: '409 MB', source: 'manifest' },
    lighter: [{ ref: 'node:24-slim', size: '80 MB', source: 'manifest' }],
    reduction: '80%',
  },
  {
    language: 'Python',
    heavy: { ref: 'python:3.14', size: '415 MB', source: 'manifest' },
    lighter: [{ ref: 'python:3.14-slim', size: '43 MB', source: 'manifest' }],
    reduction: '90%',
  },
  {
    language: 'Java',
    heavy: { ref: 'eclipse-temurin:25-jdk', size: '157 MB', source: 'manifest' },
    lighter: [{ ref: 'eclipse-temurin:25-jre', size: '123 MB', source: 'manifest' }],
    reduction: '21%',
  },
  {
    language: 'Rust',
    heavy: { ref: 'rust:1', size: '593 MB', source: 'manifest' },
    lighter: [
      { ref: 'scratch', size: '0 MB', source: 'empty' },
      { ref: 'alpine:3.23', size: '3.8 MB', source: 'manifest' },
    ],
    reduction: '99%',
  },
  {
    language: '.NET',
    heavy: { ref: 'mcr.microsoft.com/dotnet/sdk:10.0', size: '≈ 300 MB', source: 'estimate' },
    lighter: [{ ref: 'mcr.microsoft.com/dotnet/aspnet:10.0', size: '≈ 90 MB', source: 'estimate' }],
    reduction: '≈ 70%',
  },
];

export interface FinalBase extends ImageSize {
  useWhen: string;
}

/** The reference's table of final-stage bases. */
export const FINAL_BASES: readonly FinalBase[] = [
  { ref: 'scratch', size: '0 MB', source: 'empty', useWhen: 'statically linked binaries (Go with CGO_ENABLED=0, Rust on musl)' },
  { ref: 'gcr.io/distroless/static-debian13', size: '≈ 1 MB', source: 'estimate', useWhen: 'static binaries that need CA certificates, time zones and a non-root user, but no shell' },
  { ref: 'alpine:3.23', size: '3.8 MB', source: 'manifest', useWhen: 'you want a shell and a few tools; programs must be static or built against musl' },
  { ref: 'gcr.io/distroless/base-debian13', size: '≈ 9 MB', source: 'estimate', useWhen: 'C programs linked against glibc only (Go with cgo), no shell needed' },
  { ref: 'gcr.io/distroless/cc-debian13', size: '≈ 10 MB', source: 'estimate', useWhen: 'binaries that also need libgcc or libstdc++ (Rust\'s default target, C++), no shell needed' },
  { ref: 'debian:trixie-slim', size: '30 MB', source: 'manifest', useWhen: 'glibc plus a shell and apt for run-time packages' },
];

/**
 * Images the trees recommend that neither table lists. Keep them few.
 */
export const OTHER_IMAGES: readonly ImageSize[] = [
  { ref: 'nginxinc/nginx-unprivileged:1.30-alpine', size: '≈ 20 MB', source: 'estimate' },
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

/** Tag parts split on `-` and `.`, so `3.12-slim-trixie` → [3, 12, slim, bookworm]. */
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
    // A bare version tag of these images (`openjdk:21`, `eclipse-temurin:25`) is the JDK too.
    return tagParts(image.tag).includes('jre') ? null : fromTable('Java');
  }
  if (name === 'maven' || name === 'gradle') return fromTable('Java');
  if (name === 'mcr.microsoft.com/dotnet/sdk') return fromTable('.NET');
  if (name === 'gcc' || name === 'buildpack-deps') {
    // Neither has a row in the size table: name the glibc runtime base and its figure.
    const base = FINAL_BASES.find((b) => b.ref === 'gcr.io/distroless/base-debian13')!;
    return {
      language: 'C/C++',
      heavy: name === 'gcc' ? 'gcc' : 'buildpack-deps',
      heavySize: 'several hundred MB',
      lighter: base.ref,
      lighterSize: base.size,
    };
  }
  return null;
}
