import type { RuleReport } from '../rule';
import { typoOf } from './ms007-unknown-stage-reference';
import { defineRule } from './util';

export default defineRule({
  id: 'MS014',
  name: 'unpinned-image',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.via === 'mount' || ref.target.kind !== 'image') continue;
      const image = ref.target.image;
      if (image.digest || typoOf(model, ref) !== null) continue; // a typo of a stage is MS007's
      // A literal moving tag is seen even behind a variable path (`${REGISTRY}/app:latest`).
      const written = writtenTag(image.raw);
      const tag = written !== null && !written.includes('$') ? written : image.unresolved ? undefined : image.tag;
      // An unresolved variable comes from --build-arg: nothing to judge.
      if (tag === undefined || (tag !== null && !MOVING_TAGS.has(tag.toLowerCase()))) continue;
      const shown =
        image.resolved !== image.raw && !image.unresolved ? `'${image.raw}' (resolves to '${image.resolved}')` : `'${image.raw}'`;
      const problem = tag === null ? 'has no tag, so it means latest' : `uses the moving tag ${tag}`;
      // `COPY --from=templates`: a bare word may be a named build context (--build-context, a bake
      // file's contexts), which the Dockerfile alone does not show.
      const context =
        ref.via === 'copy' && tag === null && /^[a-z0-9_-]+$/.test(image.raw)
          ? ` (unless '${image.raw}' is a named build context given with --build-context or a bake file's contexts)`
          : '';
      reports.push({
        message: `${ref.via === 'from' ? 'FROM' : 'COPY --from'} image ${shown} ${problem}: pin a version tag or a digest so builds are repeatable${context}`,
        span: ref.span,
      });
    }
    return reports;
  },
});

/** Tags that follow a moving line of releases rather than naming one. */
const MOVING_TAGS = new Set(['latest', 'edge', 'lts', 'current', 'stable', 'rolling', 'nightly', 'master', 'main']);

/** The tag as written (`app:latest` → `latest`), null when there is none; digests are the caller's. */
function writtenTag(raw: string): string | null {
  const name = raw.split('@')[0]!;
  const colon = name.lastIndexOf(':');
  // A `:` inside `${V:-x}` or before a `/` (a registry port) is not a tag separator.
  if (
    colon === -1 ||
    colon < name.lastIndexOf('/') ||
    colon < name.lastIndexOf('}') ||
    name.slice(0, colon).lastIndexOf('${') > name.slice(0, colon).lastIndexOf('}')
  )
    return null;
  return name.slice(colon + 1) || null;
}
