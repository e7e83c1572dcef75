// When base-image releases reach end of life: a dated table, read by rule MS023.
// Pure data plus a lookup; the caller supplies "today", so the engine never reads the clock.
//
// Refresh once a year (and whenever a release in `content/versions.json` changes):
// add the new cycles, check the dates against the sources below, bump TABLE_REVIEWED.
// A version newer than every row is not judged, so a stale table stays silent
// rather than wrong.

/** The day this table was last checked against its sources. */
export const TABLE_REVIEWED = '2026-12-07';

export interface Cycle {
  /** The release line as tags spell it: `1.22`, `20`, `3.19`, `12`, `8.0`. */
  version: string;
  /** Last day of support (ISO date); from this day on, past end of life. */
  eol: string;
  /** Debian/Ubuntu codenames or Node.js LTS names that tags may use instead of the number. */
  names?: string[];
  /** A release worth moving to while it is supported (LTS lines; false for short-lived ones). */
  target?: boolean;
  /** For targets: the day it became one (its release, or for Node.js its move to LTS). */
  released?: string;
  /** The date is projected from the project's release cadence, not yet announced. */
  planned?: boolean;
}

export interface Product {
  /** How messages name it. */
  label: string;
  /** Where the dates come from. */
  sources: string[];
  /** What "end of life" means for this product, when it needs saying. */
  measure?: string;
  cycles: Cycle[];
}

export const END_OF_LIFE: Readonly<Record<string, Product>> = {
  golang: {
    label: 'Go',
    measure: 'each release is supported until the second newer one ships',
    sources: ['https://go.dev/doc/devel/release#policy', 'https://endoflife.date/go'],
    cycles: [
      // Older lines too: a file still on golang:1.17 is the one most in need of the finding.
      { version: '1.6', eol: '2017-02-16' },
      { version: '1.7', eol: '2017-08-24' },
      { version: '1.8', eol: '2018-02-16' },
      { version: '1.9', eol: '2018-08-24' },
      { version: '1.10', eol: '2019-02-25' },
      { version: '1.11', eol: '2019-09-03' },
      { version: '1.12', eol: '2020-02-25' },
      { version: '1.13', eol: '2020-08-11' },
      { version: '1.14', eol: '2021-02-16' },
      { version: '1.15', eol: '2021-08-16' },
      { version: '1.16', eol: '2022-03-15' },
      { version: '1.17', eol: '2022-08-02' },
      { version: '1.18', eol: '2023-02-01' },
      { version: '1.19', eol: '2023-08-08' },
      { version: '1.20', eol: '2024-02-06' },
      { version: '1.21', eol: '2024-08-13' },
      { version: '1.22', eol: '2025-02-11' },
      { version: '1.23', eol: '2025-08-12' },
      { version: '1.24', eol: '2026-02-10' },
      // Go 1.27 shipped in August 2026 (its golang:1.27.0 images are dated 2026-08-19 in
      // docker-library/repo-info); Go 1.28 and 1.29 are due in February and August 2027.
      { version: '1.25', eol: '2026-08-19' },
      { version: '1.26', eol: '2027-02-09', planned: true, target: true, released: '2026-02-10' },
      { version: '1.27', eol: '2027-08-10', planned: true, target: true, released: '2026-08-19' },
    ],
  },
  node: {
    label: 'Node.js',
    sources: [
      'https://nodejs.org/en/about/previous-releases',
      'https://github.com/nodejs/Release#release-schedule',
      'https://endoflife.date/nodejs',
    ],
    cycles: [
      { version: '4', eol: '2018-04-30', names: ['argon'] },
      { version: '6', eol: '2019-04-30', names: ['boron'] },
      { version: '8', eol: '2019-12-31', names: ['carbon'] },
      { version: '9', eol: '2018-06-30' },
      { version: '10', eol: '2021-04-30', names: ['dubnium'] },
      { version: '11', eol: '2019-06-01' },
      { version: '12', eol: '2022-04-30', names: ['erbium'] },
      { version: '13', eol: '2020-06-01' },
      { version: '14', eol: '2023-04-30', names: ['fermium'] },
      { version: '15', eol: '2021-06-01' },
      { version: '16', eol: '2023-09-11', names: ['gallium'] },
      { version: '17', eol: '2022-06-01' },
      { version: '18', eol: '2025-04-30', names: ['hydrogen'] },
      { version: '19', eol: '2023-06-01' },
      { version: '20', eol: '2026-04-30', names: ['iron'] },
      { version: '21', eol: '2024-06-01' },
      { version: '22', eol: '2027-04-30', names: ['jod'], target: true, released: '2024-10-29' },
      { version: '23', eol: '2025-06-01' },
      { version: '24', eol: '2028-04-30', names: ['krypton'], target: true, released: '2025-10-28' },
      { version: '25', eol: '2026-06-01' },
      { version: '26', eol: '2029-04-30', target: true, released: '2026-10-28' },
    ],
  },
  python: {
    label: 'Python',
    sources: ['https://devguide.python.org/versions/', 'https://endoflife.date/python'],
    cycles: [
      { version: '2.7', eol: '2020-01-01' },
      { version: '3.4', eol: '2019-03-18' },
      { version: '3.5', eol: '2020-09-30' },
      { version: '3.6', eol: '2021-12-23' },
      { version: '3.7', eol: '2023-06-27' },
      { version: '3.8', eol: '2024-10-07' },
      { version: '3.9', eol: '2025-10-31' },
      { version: '3.10', eol: '2026-10-31' },
      { version: '3.11', eol: '2027-10-31', target: true, released: '2022-10-24' },
      { version: '3.12', eol: '2028-10-31', target: true, released: '2023-10-02' },
      { version: '3.13', eol: '2029-10-31', target: true, released: '2024-10-07' },
      { version: '3.14', eol: '2030-10-31', target: true, released: '2025-10-07' },
      // PEP 790 planned 3.15.0 for 2026-10-01; a third release candidate moved it to 2026-10-09.
      // Five years of support, as for every 3.x.
      { version: '3.15', eol: '2031-10-31', target: true, released: '2026-10-09' },
    ],
  },
  alpine: {
    label: 'Alpine',
    measure: 'end of support of the main repository',
    sources: ['https://alpinelinux.org/releases/', 'https://endoflife.date/alpine-linux'],
    cycles: [
      { version: '3.0', eol: '2016-05-01' },
      { version: '3.1', eol: '2016-11-01' },
      { version: '3.2', eol: '2017-05-01' },
      { version: '3.3', eol: '2017-11-01' },
      { version: '3.4', eol: '2018-05-01' },
      { version: '3.5', eol: '2018-11-01' },
      { version: '3.6', eol: '2019-05-01' },
      { version: '3.7', eol: '2019-11-01' },
      { version: '3.8', eol: '2020-05-01' },
      { version: '3.9', eol: '2020-11-01' },
      { version: '3.10', eol: '2021-05-01' },
      { version: '3.11', eol: '2021-11-01' },
      { version: '3.12', eol: '2022-05-01' },
      { version: '3.13', eol: '2022-11-01' },
      { version: '3.14', eol: '2023-05-01' },
      { version: '3.15', eol: '2023-11-01' },
      { version: '3.16', eol: '2024-05-23' },
      { version: '3.17', eol: '2024-11-22' },
      { version: '3.18', eol: '2025-05-09' },
      { version: '3.19', eol: '2025-11-01' },
      { version: '3.20', eol: '2026-04-01' },
      { version: '3.21', eol: '2026-11-01', target: true, released: '2024-12-05' },
      { version: '3.22', eol: '2027-05-01', target: true, released: '2025-05-30' },
      { version: '3.23', eol: '2027-11-01', target: true, released: '2025-12-03' },
      // 3.24.0 shipped 2026-06-09 (alpinelinux.org/posts/Alpine-3.24.0-released.html); about two years
      // of support, as for 3.22 (May 2025 → 2027-05-01).
      { version: '3.24', eol: '2028-05-01', planned: true, target: true, released: '2026-06-09' },
    ],
  },
  debian: {
    label: 'Debian',
    measure: 'end of Debian LTS, the last security updates the images receive',
    sources: ['https://wiki.debian.org/LTS', 'https://www.debian.org/releases/', 'https://endoflife.date/debian'],
    cycles: [
      { version: '7', eol: '2018-05-31', names: ['wheezy'] },
      { version: '8', eol: '2020-06-30', names: ['jessie'] },
      { version: '9', eol: '2022-06-30', names: ['stretch'] },
      { version: '10', eol: '2024-06-30', names: ['buster'] },
      { version: '11', eol: '2026-08-31', names: ['bullseye'] },
      { version: '12', eol: '2028-06-30', names: ['bookworm'], target: true, released: '2023-06-10' },
      { version: '13', eol: '2030-06-30', names: ['trixie'], target: true, released: '2025-08-09' },
    ],
  },
  ubuntu: {
    label: 'Ubuntu',
    measure: 'end of standard support (Expanded Security Maintenance is a paid extension, not in the images)',
    sources: ['https://ubuntu.com/about/release-cycle', 'https://endoflife.date/ubuntu'],
    cycles: [
      { version: '12.04', eol: '2017-04-28', names: ['precise'] },
      { version: '14.04', eol: '2019-04-30', names: ['trusty'] },
      { version: '16.04', eol: '2021-04-30', names: ['xenial'] },
      { version: '18.04', eol: '2023-05-31', names: ['bionic'] },
      { version: '20.04', eol: '2025-05-31', names: ['focal'] },
      { version: '22.04', eol: '2027-06-01', names: ['jammy'], target: true, released: '2022-04-21' },
      { version: '23.04', eol: '2024-01-25', names: ['lunar'] },
      { version: '23.10', eol: '2024-07-11', names: ['mantic'] },
      { version: '24.04', eol: '2029-05-31', names: ['noble'], target: true, released: '2024-04-25' },
      { version: '24.10', eol: '2025-07-10', names: ['oracular'] },
      // Interim releases: nine months of support. 26.04 LTS: five years of standard support.
      { version: '25.04', eol: '2026-01-17', names: ['plucky'] },
      { version: '25.10', eol: '2026-07-01', names: ['questing'] },
      { version: '26.04', eol: '2031-04-30', names: ['resolute'], target: true, released: '2026-04-23' },
    ],
  },
  dotnet: {
    label: '.NET',
    sources: ['https://dotnet.microsoft.com/platform/support/policy/dotnet-core', 'https://endoflife.date/dotnet'],
    cycles: [
      { version: '1.0', eol: '2019-06-27' },
      { version: '1.1', eol: '2019-06-27' },
      { version: '2.0', eol: '2018-10-01' },
      { version: '2.1', eol: '2021-08-21' },
      { version: '2.2', eol: '2019-12-23' },
      { version: '3.0', eol: '2020-03-03' },
      { version: '3.1', eol: '2022-12-13' },
      { version: '5.0', eol: '2022-05-10' },
      { version: '6.0', eol: '2024-11-12' },
      { version: '7.0', eol: '2024-05-14' },
      { version: '8.0', eol: '2026-11-10' },
      { version: '9.0', eol: '2026-11-10' },
      { version: '10.0', eol: '2028-11-14', target: true, released: '2025-11-11' },
    ],
  },
  'eclipse-temurin': {
    label: 'Eclipse Temurin',
    measure: 'Adoptium ends a feature release when the next one ships; LTS lines run for years',
    sources: ['https://adoptium.net/support/', 'https://endoflife.date/eclipse-temurin'],
    cycles: [
      { version: '16', eol: '2021-09-14' },
      { version: '18', eol: '2022-09-20' },
      { version: '19', eol: '2023-03-21' },
      { version: '20', eol: '2023-09-19' },
      { version: '21', eol: '2029-12-31', target: true, released: '2023-09-19' },
      { version: '22', eol: '2024-09-17' },
      { version: '23', eol: '2025-03-18' },
      { version: '24', eol: '2025-09-16' },
      { version: '25', eol: '2031-09-30', target: true, released: '2025-09-16' },
      // A feature release ends when the next one ships: JDK 27 reached GA on 2026-09-15 (openjdk.org/projects/jdk/27).
      { version: '26', eol: '2026-09-15' },
    ],
  },
};

/** .NET images live under one registry path; every repository there shares the .NET cycles. */
const DOTNET_PREFIX = 'mcr.microsoft.com/dotnet/';

export interface EndOfLife {
  product: string;
  label: string;
  version: string;
  eol: string;
  planned: boolean;
  /** The newest supported release worth moving to on that day, or null if the table has none. */
  moveTo: string | null;
  sources: string[];
}

/** Which table product an image name belongs to, or null. `name` is lower case without docker.io/library. */
export function productOf(name: string): string | null {
  // microsoft/dotnet: the Docker Hub repository of .NET Core 1.0 to 2.2 (`microsoft/dotnet:2.1-sdk`).
  if (name.startsWith(DOTNET_PREFIX) || name === 'microsoft/dotnet') return 'dotnet';
  return Object.hasOwn(END_OF_LIFE, name) ? name : null;
}

/**
 * The release line a tag names, for the product's own version scheme; null when the tag
 * floats (`latest`, `lts`, `alpine`, `1`, `3`) or is not a version.
 */
export function cycleOf(product: string, tag: string): Cycle | null {
  const table = END_OF_LIFE[product];
  if (!table) return null;
  const lower = tag.toLowerCase();
  const parts = lower.split(/[-_]/);
  // Names first: `bookworm-slim`, `jammy-20240111`, `iron-alpine`.
  for (const cycle of table.cycles) if (cycle.names?.some((n) => parts.includes(n))) return cycle;
  const number = /^(\d+)(?:\.(\d+))?/.exec(lower);
  if (!number) return null;
  const major = number[1]!;
  const minor = number[2];
  const twoPart = product === 'golang' || product === 'python' || product === 'alpine' || product === 'ubuntu' || product === 'dotnet';
  if (twoPart) {
    if (minor === undefined) return null; // `golang:1`, `python:3`: floating
    const wanted = product === 'ubuntu' ? `${major}.${minor.padStart(2, '0')}` : `${major}.${Number(minor)}`;
    return table.cycles.find((c) => c.version === wanted) ?? null;
  }
  // eclipse-temurin writes Java 8 as `8u402-…`; the number before any letter is the feature release.
  return table.cycles.find((c) => c.version === String(Number(major))) ?? null;
}

/**
 * The Debian or Ubuntu release an image's tag names: the image's own line (`debian:12`,
 * `ubuntu:22.04`, `debian:bookworm-slim`) or a codename in a language image's tag
 * (`python:3.12-slim-bookworm`); null when the tag does not say.
 */
export function distroRelease(name: string, tag: string | null): { product: 'debian' | 'ubuntu'; cycle: Cycle } | null {
  if (!tag) return null;
  if (name === 'debian' || name === 'ubuntu') {
    const cycle = cycleOf(name, tag);
    if (cycle) return { product: name, cycle };
  }
  for (const found of embeddedCycles(tag))
    if (found.product === 'debian' || found.product === 'ubuntu') return found as { product: 'debian' | 'ubuntu'; cycle: Cycle };
  return null;
}

/** Lines a tag carries for another product: `node:20-alpine3.18`, `python:3.12-slim-buster`, `maven:3.9-eclipse-temurin-17`. */
function embeddedCycles(tag: string): { product: string; cycle: Cycle }[] {
  const found: { product: string; cycle: Cycle }[] = [];
  const temurin = /(?:^|-)eclipse-temurin-(\d+)(?:-|$)/.exec(tag.toLowerCase());
  if (temurin) {
    const cycle = END_OF_LIFE['eclipse-temurin']!.cycles.find((c) => c.version === temurin[1]);
    if (cycle) found.push({ product: 'eclipse-temurin', cycle });
  }
  const parts = tag.toLowerCase().split('-');
  for (const part of parts) {
    const alpine = /^alpine(\d+\.\d+)$/.exec(part);
    if (alpine) {
      const cycle = END_OF_LIFE.alpine!.cycles.find((c) => c.version === alpine[1]);
      if (cycle) found.push({ product: 'alpine', cycle });
    }
    for (const product of ['debian', 'ubuntu']) {
      const cycle = END_OF_LIFE[product]!.cycles.find((c) => c.names?.includes(part));
      if (cycle) found.push({ product, cycle });
    }
  }
  return found;
}

/** Compares ISO dates (YYYY-MM-DD) as strings, which sort by date. */
function onOrAfter(day: string, eol: string): boolean {
  return day >= eol;
}

function versionKey(version: string): number[] {
  return version.split('.').map(Number);
}

function newer(a: string, b: string): boolean {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** The newest release worth moving to that is still supported on `today`. */
export function supportedRelease(product: string, today: string): string | null {
  let best: Cycle | null = null;
  for (const cycle of END_OF_LIFE[product]?.cycles ?? []) {
    if (!cycle.target || onOrAfter(today, cycle.eol) || (cycle.released !== undefined && today < cycle.released)) continue;
    if (!best || newer(cycle.version, best.version)) best = cycle;
  }
  return best?.version ?? null;
}

/**
 * The releases an image reference depends on that are past end of life on `today`
 * (ISO date): the image's own line and any Alpine/Debian/Ubuntu line its tag names.
 */
export function endOfLifeOf(image: { name: string; tag: string | null }, today: string): readonly EndOfLife[] {
  if (!image.tag) return [];
  // Files name few images, and many files the same ones: a small cache, emptied when it grows.
  const key = `${image.name}\u0000${image.tag}\u0000${today}`;
  const known = judged.get(key);
  if (known) return known;
  if (judged.size > 500) judged.clear();
  const result = Object.freeze(judge(image.name, image.tag, today));
  judged.set(key, result);
  return result;
}

const judged = new Map<string, readonly EndOfLife[]>();

/** A whole image repository its publisher retired: every tag of it stops getting fixes. */
export interface RetiredImage {
  /** When the updates stopped, as the notice says it. */
  since: string;
  replacement: string;
  /** More the notice or its aftermath says, or ''. */
  more: string;
}

/**
 * Docker Hub's `openjdk` (deprecated: no updates after July 2022 but for early-access builds,
 * docker-library/openjdk#505; old tags are being removed) and the `java` image before it (no
 * updates after 2016-12-31). Their early-access tags (`openjdk:27-ea-…`) are not judged.
 */
export function retiredImage(image: { name: string; tag: string | null }): RetiredImage | null {
  if (image.name === 'openjdk' && !/(^|[-.])ea([-.]|$)/.test(image.tag ?? ''))
    return {
      since: 'July 2022',
      replacement: 'eclipse-temurin (or another vendor: amazoncorretto, ibm-semeru-runtimes, sapmachine)',
      more: ', and some of its old tags are already gone from Docker Hub',
    };
  if (image.name === 'java') return { since: 'December 2016', replacement: 'eclipse-temurin', more: '' };
  return null;
}

function judge(name: string, tag: string, today: string): EndOfLife[] {
  const image = { name, tag };
  const result: EndOfLife[] = [];
  const seen = new Set<string>();
  const product = productOf(image.name);
  const candidates: { product: string; cycle: Cycle }[] = [];
  if (product) {
    const cycle = cycleOf(product, image.tag);
    if (cycle) candidates.push({ product, cycle });
  }
  candidates.push(...embeddedCycles(image.tag));
  for (const { product: p, cycle } of candidates) {
    const key = `${p}:${cycle.version}`;
    if (seen.has(key) || !onOrAfter(today, cycle.eol)) continue;
    seen.add(key);
    const table = END_OF_LIFE[p]!;
    result.push({
      product: p,
      label: table.label,
      version: cycle.names?.[0] && p !== 'node' ? `${cycle.version} (${cycle.names[0]})` : cycle.version,
      eol: cycle.eol,
      planned: cycle.planned === true,
      moveTo: supportedRelease(p, today),
      sources: table.sources,
    });
  }
  return result;
}

/** `2026-12-07` from a Date or an ISO string; throws on anything else. */
export function isoDay(day: Date | string): string {
  if (day instanceof Date) {
    if (Number.isNaN(day.getTime())) throw new Error('invalid date');
    return day.toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new Error(`not a date (YYYY-MM-DD): ${day}`);
  return day;
}
