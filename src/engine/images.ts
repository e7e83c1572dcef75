// Base-image knowledge, the one table: the size figures the reference teaches (compressed
// download, linux/amd64), and what each family of images is (scratch, static no-libc, glibc,
// musl, SDK/toolchain, language runtime, JDK/JRE, .NET aspnet/runtime/runtime-deps, distroless,
// Chainguard, web servers …). Rules, exercise goals, the decision trees and the reference all
// read it from here, so a figure or a family is written once and they cannot disagree.
import { normaliseImageName } from './image';
import { distroRelease } from './end-of-life';

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
  {
    ref: 'gcr.io/distroless/static-debian13',
    size: '≈ 1 MB',
    source: 'estimate',
    useWhen: 'static binaries that need CA certificates, time zones and a non-root user, but no shell',
  },
  {
    ref: 'alpine:3.23',
    size: '3.8 MB',
    source: 'manifest',
    useWhen: 'you want a shell and a few tools; programs must be static or built against musl',
  },
  {
    ref: 'gcr.io/distroless/base-debian13',
    size: '≈ 9 MB',
    source: 'estimate',
    useWhen: 'C programs linked against glibc only (Go with cgo), no shell needed',
  },
  {
    ref: 'gcr.io/distroless/cc-debian13',
    size: '≈ 10 MB',
    source: 'estimate',
    useWhen: "binaries that also need libgcc or libstdc++ (Rust's default target, C++), no shell needed",
  },
  { ref: 'debian:trixie-slim', size: '30 MB', source: 'manifest', useWhen: 'glibc plus a shell and apt for run-time packages' },
];

/**
 * Images the trees recommend that neither table lists. Keep them few.
 */
export const OTHER_IMAGES: readonly ImageSize[] = [
  { ref: 'nginxinc/nginx-unprivileged:1.30-alpine', size: '≈ 20 MB', source: 'estimate' },
  { ref: 'golang:1.27-alpine', size: '~250 MB', source: 'estimate' },
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

/** @deprecated the one normaliser is `normaliseImageName` (image.ts); kept as an alias. */
export const canonicalImageName = normaliseImageName;

export type Libc = 'none' | 'glibc' | 'musl' | 'unknown';
export type Language = 'go' | 'rust' | 'node' | 'python' | 'java' | 'dotnet' | 'c';

/** What an image is, as far as rules, goals and trees care. */
export interface ImageClass {
  /** The family's row id: `golang`, `node`, `distroless-static`, `dotnet-aspnet`, `alpine`, `other` … */
  family: string;
  /** The C library a binary finds there. */
  libc: Libc;
  /** The language whose SDK or runtime it carries, if any. */
  language: Language | null;
  /** A full SDK or toolchain image (MS011's heavy bases). */
  toolchain: boolean;
  /** Java: `jdk` or `jre`; .NET: `sdk`, `aspnet`, `runtime` or `runtime-deps`. */
  variant: string | null;
  /** Distroless flavour: `static`, `base`, `cc`, `java`, `nodejs`, `python`. */
  distroless: string | null;
  chainguard: boolean;
  /** Serves files (nginx, httpd, caddy). */
  webServer: boolean;
  /** Users the image's /etc/passwd already holds. */
  users: readonly string[];
  /** Runs as an unprivileged user unless told otherwise. */
  nonrootByDefault: boolean;
  /** Packages the image already ships that a program may need at run time (distroless lists them). */
  packages: readonly string[];
  /**
   * Provably no /bin/sh: scratch, distroless (its :debug tags too: their busybox is in /busybox),
   * .NET chiseled and distroless tags, Chainguard static. False where a shell is or may be there.
   */
  noShell: boolean;
  /** Users and groups are made with BusyBox's adduser/addgroup: no useradd or groupadd (Alpine, busybox). */
  busyboxUserTools: boolean;
  /**
   * Debian 13 (trixie) and Ubuntu 24.04 (noble) and later left the adduser package out of their base
   * images: `adduser` and `addgroup` are not found (useradd and groupadd, from passwd, still are).
   * Judged only where the tag says so: on `debian` and `ubuntu` themselves, on `-trixie-slim` tags,
   * and on python's slim tags from 3.10 on, whose default is trixie. Images built on them that
   * install more packages (eclipse-temurin on Ubuntu 26.04) may have it back, so are not judged.
   */
  noAdduser: boolean;
  /**
   * The user an official database image's entrypoint switches to (with gosu) before it starts the
   * server, when the container starts as root: postgres, mysql, mongodb, redis. Else null.
   */
  entrypointUser: string | null;
  /**
   * A Windows image, by the Windows base under it: Nano Server runs as the unprivileged
   * ContainerUser unless told otherwise, Server Core (and the full Windows image) as
   * ContainerAdministrator. Null for Linux images.
   */
  windows: 'nanoserver' | 'servercore' | null;
}

/** Tag parts split on `-`, `_` and `.`, so `3.12-slim-trixie` → [3, 12, slim, bookworm]. */
export function tagParts(tag: string | null): string[] {
  return tag ? tag.toLowerCase().split(/[-_.]/) : [];
}

const hasPart = (tag: string | null, ...words: string[]) => tagParts(tag).some((p) => words.some((w) => p.startsWith(w)));

const JAVA_VENDORS = new Set([
  'eclipse-temurin',
  'openjdk',
  'amazoncorretto',
  'ibm-semeru-runtimes',
  'sapmachine',
  'azul/zulu-openjdk',
  'azul/zulu-openjdk-alpine',
  'azul/zulu-openjdk-debian',
  'bellsoft/liberica-openjdk-debian',
  'bellsoft/liberica-openjdk-alpine',
  'bellsoft/liberica-runtime-container',
]);
const WEB_SERVERS = new Set(['nginx', 'nginxinc/nginx-unprivileged', 'httpd', 'caddy']);

// /etc/passwd of Debian and Ubuntu images (base-passwd) and of Alpine's, as shipped.
const DEBIAN_USERS = [
  'root',
  'daemon',
  'bin',
  'sys',
  'sync',
  'games',
  'man',
  'lp',
  'mail',
  'news',
  'uucp',
  'proxy',
  'www-data',
  'backup',
  'list',
  'irc',
  'nobody',
  '_apt',
];
const ALPINE_USERS = [
  'root',
  'bin',
  'daemon',
  'lp',
  'sync',
  'shutdown',
  'halt',
  'mail',
  'news',
  'uucp',
  'cron',
  'ftp',
  'sshd',
  'games',
  'ntp',
  'guest',
  'nobody',
];

const BASE: ImageClass = {
  family: 'other',
  libc: 'glibc',
  language: null,
  toolchain: false,
  variant: null,
  distroless: null,
  chainguard: false,
  webServer: false,
  users: ['root', 'nobody'],
  nonrootByDefault: false,
  packages: [],
  noShell: false,
  busyboxUserTools: false,
  noAdduser: false,
  entrypointUser: null,
  windows: null,
};

/**
 * The one classification of an image by its normalised name and tag. An image nobody lists is
 * `other`, taken as glibc-based (most images are Debian or Ubuntu underneath).
 */
export function classifyImage(image: { name: string; tag: string | null }): ImageClass {
  // Files name few images, and many files the same ones: a small cache, emptied when it grows.
  const key = `${image.name}\u0000${image.tag ?? ''}`;
  const known = classified.get(key);
  if (known) return known;
  if (classified.size > 500) classified.clear();
  const result = classify(image);
  classified.set(key, result);
  return result;
}

const classified = new Map<string, ImageClass>();

function classify(image: { name: string; tag: string | null }): ImageClass {
  const name = normaliseImageName(image.name);
  const tag = image.tag;
  const musl = hasPart(tag, 'alpine') || name === 'alpine' || name.endsWith('/alpine') || name.includes('musl');
  const libc: Libc = musl ? 'musl' : 'glibc';
  const busyboxUserTools = hasPart(tag, 'alpine') || name === 'alpine' || name.endsWith('/alpine') || name === 'busybox';
  const noAdduser = !busyboxUserTools && (debianWithoutAdduser(name, tag) || ubuntuWithoutAdduser(name, tag));
  // The system users of the distribution underneath: Debian's base-passwd (www-data, daemon …) or
  // Alpine's; an image nobody lists may be any distribution, so only root and nobody there.
  const system = (family: string): readonly string[] =>
    family === 'windows-nanoserver'
      ? BASE.users
      : family === 'other'
        ? isUbuntuImage(name)
          ? DEBIAN_USERS
          : BASE.users
        : busyboxUserTools || libc === 'musl'
          ? ALPINE_USERS
          : DEBIAN_USERS;
  const ubuntu = !musl && hasUbuntuUser(name, tag) ? ['ubuntu'] : [];
  const windows = windowsBase(name, tag);
  const row = (family: string, more: Partial<ImageClass>): ImageClass => ({
    ...BASE,
    family,
    libc,
    busyboxUserTools,
    noAdduser,
    ...more,
    users: family === 'scratch' ? [] : [...new Set([...system(family), ...ubuntu, ...(more.users ?? [])])],
    // A Windows image's users are Windows's; Nano Server starts as ContainerUser, whatever
    // runs on it (.NET, Go, PowerShell), since their Dockerfiles switch back after setup.
    ...(windows ? { windows, users: WINDOWS_USERS, nonrootByDefault: windows === 'nanoserver' } : {}),
  });
  if (name === 'scratch') return row('scratch', { libc: 'none', users: [], noShell: true });
  if (name.startsWith('gcr.io/distroless/')) return distroless(name, tag);
  if (name.startsWith('cgr.dev/chainguard/')) return chainguard(name, tag);
  switch (name) {
    case 'golang':
      return row('golang', { language: 'go', toolchain: true });
    case 'rust':
      return row('rust', { language: 'rust', toolchain: true });
    case 'node':
      return row(hasPart(tag, 'slim', 'alpine') ? 'node-runtime' : 'node', {
        language: 'node',
        toolchain: !hasPart(tag, 'slim', 'alpine'),
        users: ['root', 'nobody', 'node'],
      });
    case 'python':
      return row(hasPart(tag, 'slim', 'alpine') ? 'python-runtime' : 'python', {
        language: 'python',
        toolchain: !hasPart(tag, 'slim', 'alpine'),
      });
    case 'maven':
    case 'gradle':
      return row(name, {
        language: 'java',
        toolchain: true,
        variant: 'jdk',
        users: name === 'gradle' ? ['root', 'nobody', 'gradle'] : BASE.users,
      });
    case 'gcc':
      return row('gcc', { language: 'c', toolchain: true });
    case 'buildpack-deps':
      // Its -curl and -scm variants hold no compiler.
      return row('buildpack-deps', { toolchain: !hasPart(tag, 'curl', 'scm') });
    case 'mcr.microsoft.com/dotnet/sdk':
      return row('dotnet-sdk', { language: 'dotnet', toolchain: true, variant: 'sdk', users: ['root', 'nobody', 'app'] });
    case 'mcr.microsoft.com/dotnet/aspnet':
    case 'mcr.microsoft.com/dotnet/runtime':
    case 'mcr.microsoft.com/dotnet/runtime-deps': {
      const variant = name.slice('mcr.microsoft.com/dotnet/'.length);
      return row(`dotnet-${variant}`, {
        language: 'dotnet',
        variant,
        users: ['root', 'nobody', 'app'],
        nonrootByDefault: hasPart(tag, 'chiseled'),
        // Ubuntu chiseled and Azure Linux distroless images hold no shell or package manager.
        noShell: hasPart(tag, 'chiseled', 'distroless'),
      });
    }
    case 'alpine':
      return row('alpine', { libc: 'musl' });
    case 'debian':
      return row(hasPart(tag, 'slim') ? 'debian-slim' : 'debian', {});
    case 'busybox':
      return row('busybox', { libc: hasPart(tag, 'musl') ? 'musl' : hasPart(tag, 'glibc') ? 'glibc' : 'unknown' });
  }
  if (JAVA_VENDORS.has(name)) {
    // A bare version tag of these images (`openjdk:21`, `eclipse-temurin:25`) is the JDK.
    const jre = hasPart(tag, 'jre') || name === 'bellsoft/liberica-runtime-container';
    return row(jre ? 'jre' : 'jdk', {
      language: 'java',
      variant: jre ? 'jre' : 'jdk',
      toolchain: !jre && ['eclipse-temurin', 'openjdk', 'amazoncorretto'].includes(name),
    });
  }
  if (name.startsWith('bellsoft/liberica-openjre')) return row('jre', { language: 'java', variant: 'jre' });
  if (name.startsWith('bellsoft/liberica-openjdk')) {
    const jre = hasPart(tag, 'jre');
    return row(jre ? 'jre' : 'jdk', { language: 'java', variant: jre ? 'jre' : 'jdk' });
  }
  if (WEB_SERVERS.has(name)) {
    const unprivileged = name === 'nginxinc/nginx-unprivileged';
    return row(unprivileged ? 'nginx-unprivileged' : name, {
      webServer: true,
      users: ['root', 'nobody', ...(name === 'httpd' ? ['www-data'] : name === 'caddy' ? [] : ['nginx'])],
      nonrootByDefault: unprivileged,
    });
  }
  if (name.startsWith('bitnami/')) return row('bitnami', { nonrootByDefault: true });
  // docker-library's database images: `exec gosu postgres "$BASH_SOURCE" "$@"` in the entrypoint.
  if (Object.hasOwn(ENTRYPOINT_USERS, name)) {
    const user = ENTRYPOINT_USERS[name]!;
    return row('other', { libc: musl ? 'musl' : 'glibc', entrypointUser: user, users: [user] });
  }
  // Nano Server runs as ContainerUser unless told otherwise (docker-library's nanoserver files
  // switch to ContainerAdministrator for setup and back); Server Core as ContainerAdministrator.
  if (name === 'mcr.microsoft.com/windows/nanoserver') return row('windows-nanoserver', {});
  return row('other', { libc: musl ? 'musl' : 'glibc' });
}

const ENTRYPOINT_USERS: Record<string, string> = {
  postgres: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  mongo: 'mongodb',
  redis: 'redis',
};

const WINDOWS_USERS = ['ContainerUser', 'ContainerAdministrator'];
const SERVER_CORE_IMAGES = new Set([
  'mcr.microsoft.com/windows/servercore',
  'mcr.microsoft.com/windows/server',
  'mcr.microsoft.com/windows',
]);

/**
 * Which Windows base an image is: Microsoft's own base images by name (.NET Framework images
 * are Server Core), any other by a `nanoserver` or `windowsservercore` part of its tag
 * (`mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2025`, `golang:1.27-windowsservercore`).
 */
function windowsBase(name: string, tag: string | null): ImageClass['windows'] {
  if (name === 'mcr.microsoft.com/windows/nanoserver') return 'nanoserver';
  if (SERVER_CORE_IMAGES.has(name) || name.startsWith('mcr.microsoft.com/dotnet/framework/')) return 'servercore';
  const parts = tagParts(tag);
  if (parts.includes('nanoserver')) return 'nanoserver';
  if (parts.includes('windowsservercore') || parts.includes('servercore')) return 'servercore';
  return null;
}

// Debian releases from trixie on, by codename, number or suite (stable is trixie since 2025-08-09).
const NO_ADDUSER_RELEASES = new Set(['trixie', 'forky', 'duke', 'sid', 'testing', 'unstable', 'stable', '13', '14', '15']);
const OLDER_RELEASES = new Set(['bookworm', 'bullseye', 'buster', 'stretch', 'jessie', 'oldstable', 'oldoldstable']);

// Ubuntu's codenames from 23.04 on, whose images have a user `ubuntu` (UID 1000).
const UBUNTU_WITH_USER = ['lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'resolute'];
const NOT_UBUNTU = ['alpine', 'jammy', 'focal', 'bionic', 'ubi', 'windowsservercore', 'nanoserver', 'bookworm', 'bullseye', 'trixie'];

/**
 * Whether the image has the user `ubuntu` that Ubuntu's images have had since 23.04: `ubuntu`
 * itself from 23.04 on (and its floating tags), any `-noble`-like tag, eclipse-temurin's default
 * tags (Ubuntu 24.04) and .NET 10's (Ubuntu 24.04: dotnet/dotnet-docker#6240 kept the user).
 * Chiseled images have only their `app` user.
 */
function hasUbuntuUser(name: string, tag: string | null): boolean {
  if (hasPart(tag, 'chiseled')) return false;
  if (tagParts(tag).some((p) => UBUNTU_WITH_USER.includes(p))) return true;
  if (isUbuntuImage(name)) {
    if (tag === null || tag === 'latest' || tag === 'rolling' || tag === 'devel') return true;
    const release = distroRelease('ubuntu', tag);
    return release !== null && release.product === 'ubuntu' && versionAtLeast(release.cycle.version, 23, 4);
  }
  if (name === 'eclipse-temurin') return !hasPart(tag, ...NOT_UBUNTU);
  if (/^mcr\.microsoft\.com\/dotnet\/(sdk|aspnet|runtime|runtime-deps)$/.test(name)) {
    const major = Number(/^(\d+)\./.exec(tag ?? '')?.[1] ?? 0);
    return major >= 10 && !hasPart(tag, ...NOT_UBUNTU, 'azurelinux', 'cbl', 'mariner');
  }
  return false;
}

/** The `ubuntu` image, or Microsoft's mirror of it. */
export function isUbuntuImage(name: string): boolean {
  return name === 'ubuntu' || name === 'ubuntu.azurecr.io/ubuntu';
}

/**
 * `ubuntu` from 24.04 on, and its floating tags (latest, rolling, devel): repo-info's package lists
 * of ubuntu:24.04 and 26.04 have no adduser; 22.04's has. Microsoft's mirror of it too.
 */
function ubuntuWithoutAdduser(name: string, tag: string | null): boolean {
  if (!isUbuntuImage(name)) return false;
  if (tag === null || tag === 'latest' || tag === 'rolling' || tag === 'devel') return true;
  const release = distroRelease('ubuntu', tag);
  return release !== null && release.product === 'ubuntu' && versionAtLeast(release.cycle.version, 24, 4);
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** A Debian 13+ image whose base has no adduser (see ImageClass.noAdduser). */
function debianWithoutAdduser(name: string, tag: string | null): boolean {
  const parts = tagParts(tag);
  if (parts.some((p) => OLDER_RELEASES.has(p))) return false;
  if (name === 'debian') return tag === null || tag === 'latest' || NO_ADDUSER_RELEASES.has(parts[0] ?? '');
  // The slim variants are debian:*-slim plus the language; the full ones add many packages.
  if (!parts.includes('slim')) return false;
  if (parts.includes('trixie') || parts.includes('forky')) return true;
  // python's slim tags without a release name follow its default, trixie since August 2025 for
  // the lines then supported; 3.9 and older kept images built on bookworm or earlier.
  if (name !== 'python') return false;
  const version = /^(\d+)\.(\d+)/.exec(tag ?? '');
  if (version === null) return parts[0] === 'slim' || (parts[0] === '3' && parts[1] === 'slim');
  return Number(version[1]) === 3 && Number(version[2]) >= 10;
}

function distroless(name: string, tag: string | null): ImageClass {
  const flavour = name.slice('gcr.io/distroless/'.length).replace(/\d*(-debian\d+)?$/, '');
  const users = ['root', 'nobody', 'nonroot'];
  const nonrootByDefault = hasPart(tag, 'nonroot');
  // What each flavour ships (the distroless README): static has CA certificates and time zones;
  // base-nossl adds glibc; base adds libssl and openssl too, and cc and the language images build on it.
  const staticPackages = ['ca-certificates', 'tzdata', 'netbase'];
  const libssl = name.endsWith('-debian13') ? 'libssl3t64' : 'libssl3';
  const packages =
    flavour === 'static'
      ? staticPackages
      : flavour === 'base-nossl'
        ? [...staticPackages, 'libc6']
        : [...staticPackages, 'libc6', libssl, 'openssl'];
  // Even the :debug tags have no /bin/sh: their busybox sits in /busybox (distroless's own tests check /bin/sh is absent).
  const base = { ...BASE, users, nonrootByDefault, distroless: flavour, packages, noShell: true };
  if (flavour === 'static') return { ...base, family: 'distroless-static', libc: 'none' };
  if (flavour === 'java') return { ...base, family: 'distroless-java', language: 'java', variant: 'jre' };
  if (flavour === 'nodejs') return { ...base, family: 'distroless-nodejs', language: 'node' };
  if (flavour === 'python3' || flavour === 'python')
    return { ...base, family: 'distroless-python', language: 'python', distroless: 'python' };
  if (flavour === 'cc') return { ...base, family: 'distroless-cc' };
  return { ...base, family: 'distroless-base', distroless: 'base' };
}

function chainguard(name: string, tag: string | null): ImageClass {
  const image = name.slice('cgr.dev/chainguard/'.length);
  const dev = hasPart(tag, 'dev');
  const base = { ...BASE, chainguard: true, users: ['root', 'nonroot'], nonrootByDefault: !dev };
  if (image === 'static') return { ...base, family: 'distroless-static', libc: 'none', distroless: 'static', noShell: true };
  if (image === 'glibc-dynamic' || image === 'cc-dynamic') return { ...base, family: 'distroless-base', distroless: 'base' };
  if (image === 'node') return { ...base, family: 'node-runtime', language: 'node', toolchain: dev };
  if (image === 'python') return { ...base, family: 'python-runtime', language: 'python', toolchain: dev };
  if (image === 'jre') return { ...base, family: 'jre', language: 'java', variant: 'jre' };
  if (image === 'jdk') return { ...base, family: 'jdk', language: 'java', variant: 'jdk' };
  if (image === 'go') return { ...base, family: 'golang', language: 'go', toolchain: true };
  if (image === 'rust') return { ...base, family: 'rust', language: 'rust', toolchain: true };
  if (image === 'aspnet-runtime' || image === 'dotnet-runtime' || image === 'dotnet-sdk') {
    const variant = image === 'aspnet-runtime' ? 'aspnet' : image === 'dotnet-runtime' ? 'runtime' : 'sdk';
    return { ...base, family: `dotnet-${variant}`, language: 'dotnet', variant, toolchain: variant === 'sdk' };
  }
  if (image === 'wolfi-base') return { ...base, family: 'wolfi', nonrootByDefault: false };
  return { ...base, family: 'chainguard' };
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

const TABLE_LANGUAGE: Partial<Record<Language, string>> = {
  go: 'Go',
  rust: 'Rust',
  node: 'Node.js',
  python: 'Python',
  java: 'Java',
  dotnet: '.NET',
};

/**
 * Advice when `image` is a full SDK or toolchain image that should not be shipped
 * (the bases of rule MS011): the lighter base and the size figures from the table; null otherwise.
 */
export function heavyBaseAdvice(image: { name: string; tag: string | null }): HeavyBaseAdvice | null {
  const kind = classifyImage(image);
  if (!kind.toolchain) return null;
  const language = kind.language ? TABLE_LANGUAGE[kind.language] : undefined;
  if (language) {
    const advice = fromTable(language);
    // An -alpine Go toolchain is smaller than the Debian one, still a toolchain.
    if (kind.family === 'golang' && kind.libc === 'musl') {
      const alpine = OTHER_IMAGES.find((i) => i.ref === 'golang:1.27-alpine')!;
      return { ...advice, heavy: alpine.ref, heavySize: alpine.size };
    }
    return advice;
  }
  // gcc and buildpack-deps have no row in the size table: name the glibc runtime base and its figure.
  const base = FINAL_BASES.find((b) => b.ref === 'gcr.io/distroless/base-debian13')!;
  const gcc = kind.family === 'gcc';
  return {
    language: 'C/C++',
    heavy: gcc ? 'gcc' : 'buildpack-deps',
    heavySize: gcc ? 'over 1 GB' : 'several hundred MB',
    lighter: base.ref,
    lighterSize: base.size,
  };
}
