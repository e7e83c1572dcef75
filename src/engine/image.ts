import type { ImageRef } from './types';
import { expand, hasVariable } from './vars';

/** Splits `registry:5000/repo/name:tag@sha256:…` after ARG substitution. */
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
  return { raw, resolved: value, name: normaliseName(rest), tag, digest, unresolved: unresolved || hasVariable(value) };
}

function normaliseName(name: string): string {
  let lower = name.toLowerCase();
  if (lower.startsWith('docker.io/')) lower = lower.slice('docker.io/'.length);
  else if (lower.startsWith('index.docker.io/')) lower = lower.slice('index.docker.io/'.length);
  return lower.startsWith('library/') ? lower.slice('library/'.length) : lower;
}

/** A registry host, a tag or a digest: cannot be a stage name. */
export function looksLikeImage(raw: string): boolean {
  return /[:/@]/.test(raw);
}
