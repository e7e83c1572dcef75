// Image references: split `registry/repo:tag@digest` and normalise the name. This is the one
// image-name normaliser (rules.md "image names"): every reader classifies the normalised name.
import type { ImageRef } from './types';
import { expand, hasVariable } from './vars';

/** Splits `registry:5000/repo/name:tag@sha256:…` after ARG substitution (a variable with no default is empty, as in BuildKit). */
export function parseImage(raw: string, vars: ReadonlyMap<string, string | null>): ImageRef {
  const { value, unresolved } = expand(raw, vars);
  let rest = value;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  return { raw, resolved: value, name: normaliseImageName(rest), tag, digest, unresolved: unresolved || hasVariable(value) };
}

/** Docker Hub's own hosts and mirrors: they say where an image is pulled from, not what it is. */
const HUB_HOSTS = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/', 'registry.hub.docker.com/', 'mirror.gcr.io/'];

/** The official images' architecture namespaces (`arm64v8/alpine` is `alpine`). */
const ARCH_NAMESPACES = new Set([
  'amd64',
  'arm32v5',
  'arm32v6',
  'arm32v7',
  'arm64v8',
  'i386',
  'ppc64le',
  'riscv64',
  's390x',
  'mips64le',
  'windows-amd64',
]);

/**
 * The name an image is classified by: lower case; Docker Hub hosts and mirrors, any
 * `<registry>/library/` and the architecture namespaces removed.
 * `docker.io/library/golang` → `golang`; `arm64v8/alpine` → `alpine`; `gcr.io/distroless/static` unchanged.
 */
export function normaliseImageName(name: string): string {
  let lower = name.toLowerCase().replace(/^\/+/, '');
  for (const host of HUB_HOSTS) {
    if (lower.startsWith(host)) {
      lower = lower.slice(host.length);
      break;
    }
  }
  const slash = lower.indexOf('/');
  if (slash > 0 && lower.startsWith('library/', slash + 1) && isRegistryHost(lower.slice(0, slash))) lower = lower.slice(slash + 1);
  if (lower.startsWith('library/')) lower = lower.slice('library/'.length);
  const first = lower.indexOf('/');
  if (first > 0 && ARCH_NAMESPACES.has(lower.slice(0, first)) && lower.indexOf('/', first + 1) === -1) lower = lower.slice(first + 1);
  return lower;
}

/** `gcr.io`, `localhost:5000`, `registry.example.com`: a first path part that names a host. */
function isRegistryHost(part: string): boolean {
  return part.includes('.') || part.includes(':') || part === 'localhost';
}

/** A registry host, a tag or a digest: cannot be a stage name. */
export function looksLikeImage(raw: string): boolean {
  return /[:/@]/.test(raw);
}
