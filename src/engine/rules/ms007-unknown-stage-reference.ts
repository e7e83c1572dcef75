import { distance } from 'fastest-levenshtein';
import type { RuleReport } from '../rule';
import type { Reference, StageModel } from '../types';
import { defineRule } from './util';

// Official images that sit close to common stage names (php ~ app): never a typo.
const WELL_KNOWN = new Set(['alpine', 'ubuntu', 'debian', 'busybox', 'node', 'golang', 'python', 'ruby', 'php', 'rust', 'nginx', 'httpd', 'redis', 'mysql', 'postgres', 'mongo', 'openjdk', 'maven', 'gradle', 'gcc', 'perl', 'bash', 'centos', 'fedora', 'amazonlinux', 'eclipse-temurin', 'caddy', 'traefik', 'haproxy', 'tomcat', 'bun', 'deno', 'swift', 'erlang', 'elixir', 'julia', 'dart', 'r-base', 'composer', 'docker']);

export default defineRule({
  id: 'MS007',
  name: 'unknown-stage-reference',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      const close = typoOf(model, ref);
      if (!close) continue;
      const message =
        ref.via === 'from' && close.toLowerCase() === ref.raw.toLowerCase()
          ? `'FROM ${ref.raw}' is read as an image, not as stage '${close}': FROM matches stage names only in lower case; write 'FROM ${close.toLowerCase()}'`
          : `'${ref.raw}' names no stage and will be pulled as an image: did you mean '${close}'?`;
      reports.push({ message, span: ref.span });
    }
    return reports;
  },
});

/** The stage name a reference probably meant, or null when it is a real external image. */
export function typoOf(model: StageModel, ref: Reference): string | null {
  if (ref.target.kind !== 'image' || /[:/@$]/.test(ref.raw) || ref.raw === '') return null;
  const raw = ref.raw;
  let best: { name: string; d: number } | null = null;
  for (const stage of model.stages) {
    if (!stage.name) continue;
    // Names whose lengths differ by more than 2 are more than 2 edits apart.
    if (Math.abs(stage.name.length - raw.length) > 2) continue;
    const d = stage.name.toLowerCase() === raw.toLowerCase() ? 0 : distance(raw.toLowerCase(), stage.name.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { name: stage.name, d };
  }
  if (!best) return null;
  if (best.d > 0 && WELL_KNOWN.has(raw.toLowerCase())) return null;
  return best.name;
}
