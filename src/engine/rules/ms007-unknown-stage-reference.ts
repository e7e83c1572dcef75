import { didYouMean } from '../did-you-mean';
import type { RuleReport } from '../rule';
import type { Reference, StageModel } from '../types';
import { defineRule } from './util';

// Official images that sit close to common stage names (php ~ app): never a typo.
const WELL_KNOWN = new Set([
  'alpine',
  'ubuntu',
  'debian',
  'busybox',
  'node',
  'golang',
  'python',
  'ruby',
  'php',
  'rust',
  'nginx',
  'httpd',
  'redis',
  'mysql',
  'postgres',
  'mongo',
  'openjdk',
  'maven',
  'gradle',
  'gcc',
  'perl',
  'bash',
  'centos',
  'fedora',
  'amazonlinux',
  'eclipse-temurin',
  'caddy',
  'traefik',
  'haproxy',
  'tomcat',
  'bun',
  'deno',
  'swift',
  'erlang',
  'elixir',
  'julia',
  'dart',
  'r-base',
  'composer',
  'docker',
]);

export default defineRule({
  id: 'MS007',
  name: 'unknown-stage-reference',
  severity: 'error',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      const close = typoOf(model, ref);
      if (!close) continue;
      const message =
        ref.via === 'from' && close.toLowerCase() === ref.raw.toLowerCase()
          ? `'FROM ${ref.raw}' is read as an image, not as stage '${close}': FROM matches stage names only in lower case, and the build fails with "repository name must be lowercase"; write 'FROM ${close.toLowerCase()}'`
          : `'${ref.raw}' names no stage, so BuildKit tries to pull it as an image and the build fails: did you mean '${close}'?`;
      reports.push({ message, span: ref.span });
    }
    return reports;
  },
});

/** The stage name a reference probably meant, or null when it is a real external image. */
export function typoOf(model: StageModel, ref: Reference): string | null {
  if (ref.target.kind !== 'image' || /[:/@$]/.test(ref.raw) || ref.raw === '') return null;
  const raw = ref.raw;
  // `FROM x AS x` names the image x, not a mistyped stage.
  const names = model.stages.flatMap((stage) => (stage.name && !(ref.via === 'from' && stage.index === ref.stage) ? [stage.name] : []));
  const [best] = didYouMean(raw, names, { limit: 1, maxDistance: 2 });
  if (best === undefined) return null;
  if (best.toLowerCase() !== raw.toLowerCase() && WELL_KNOWN.has(raw.toLowerCase())) return null;
  // `--from=set` beside stages `test` and `license-set`: a name holding it as a whole word is
  // the likelier meaning than the nearer spelling.
  const lower = raw.toLowerCase();
  // Unless the nearest already holds it (`test` beside `tests`): then that is the meaning.
  const word = best.toLowerCase().includes(lower) ? undefined : names.find((n) => n.toLowerCase().split(/[-_.]/).includes(lower));
  return word ?? best;
}
