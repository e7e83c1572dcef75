// Facts the reference once got wrong, pinned so they stay right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lint, rules } from '../src/engine';
import { codeBlocks, getSection, loadSections } from '../src/content';
import { ruleDoc } from '../src/content/rule-docs';
import { CONTENT_REVIEW_DATE } from '../src/content/review-date';
import { FINAL_BASES, LANGUAGE_SIZES, OTHER_IMAGES } from '../src/engine/images';
import { ROOT } from './cli-helpers';

/** Every whole Dockerfile the content teaches with: reference blocks, rule examples, exercise files. */
function allDockerfiles(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const section of loadSections()) {
    for (const block of codeBlocks(section.markdown))
      if (block.language === 'dockerfile') out.push({ where: `${section.id}:${block.line}`, text: block.code });
  }
  for (const rule of rules) {
    const doc = ruleDoc(rule);
    out.push({ where: `${rule.id} bad`, text: doc.bad }, { where: `${rule.id} good`, text: doc.good });
  }
  for (const file of globSync('exercises/**/*.Dockerfile', { cwd: ROOT }))
    out.push({ where: file, text: readFileSync(join(ROOT, file), 'utf8') });
  return out;
}

describe('facts the content teaches', () => {
  it('inherits a stage ARG through FROM <stage>, and says so', () => {
    const section = getSection('arg-scope')!;
    expect(section.markdown).toMatch(/inherit/);
    const block = codeBlocks(section.markdown).find((b) => b.language === 'dockerfile' && /FROM build AS test/.test(b.code));
    expect(block, 'an example where a stage built FROM another uses its ARG').toBeDefined();
    expect(block!.code).toMatch(/ARG APP_VERSION/);
    expect(block!.code).toMatch(/FROM build AS test\nRUN [^\n]*\$\{APP_VERSION\}/);
    expect(lint(block!.code, { today: CONTENT_REVIEW_DATE }).findings).toEqual([]);
    expect(section.markdown).not.toMatch(/never leaks into the next/);
  });

  it('never pairs the stock nginx image with USER nginx', () => {
    for (const { where, text } of allDockerfiles()) {
      const stages = text.split(/^(?=FROM\s)/im);
      for (const stage of stages) {
        if (/^FROM\s+(?:--\S+\s+)*(?:docker\.io\/(?:library\/)?)?nginx[:@\s]/i.test(stage)) {
          expect(stage, where).not.toMatch(/^USER\s+(?:nginx|101)\b/im);
        }
      }
    }
  });

  it('states sizes as compressed downloads, with the figures of src/engine/images.ts', () => {
    const sizes = new Map<string, string>();
    for (const row of LANGUAGE_SIZES) for (const image of [row.heavy, ...row.lighter]) sizes.set(image.ref, image.size);
    for (const image of [...FINAL_BASES, ...OTHER_IMAGES]) sizes.set(image.ref, image.size);
    const text = loadSections()
      .map((s) => s.markdown)
      .join('\n');
    expect(getSection('image-sizes')!.markdown).toMatch(/compressed download size/);
    expect(text).not.toMatch(/~\d+(\.\d+)? ?[MG]B/);
    let checked = 0;
    for (const [ref, size] of sizes) {
      const escaped = ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const before = new RegExp(`((?:≈ )?\\d+(?:\\.\\d+)? [MG]B) \\(\`${escaped}\`\\)`, 'g');
      const after = new RegExp(`\`${escaped}\`(?:,| \\()\\s*((?:≈ )?\\d+(?:\\.\\d+)? [MG]B)`, 'g');
      for (const match of [...text.matchAll(before), ...text.matchAll(after)]) {
        checked++;
        expect(match[1], `${ref} in the reference`).toBe(size);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('saves about a fifth with the JRE, not two thirds', () => {
    const java = LANGUAGE_SIZES.find((r) => r.language === 'Java')!;
    const jdk = parseFloat(java.heavy.size);
    const jre = parseFloat(java.lighter[0]!.size);
    // The reduction comes from the manifests' byte counts; the rounded figures may differ by a point.
    expect(Math.abs(Math.round((1 - jre / jdk) * 100) - parseInt(java.reduction, 10))).toBeLessThanOrEqual(1);
    expect(parseInt(java.reduction, 10)).toBeLessThan(40);
  });

  it('sends Rust and C++ to distroless cc, not base, everywhere', () => {
    expect(getSection('lang-rust')!.markdown).toMatch(/distroless\/cc-debian13/);
    const tree = JSON.parse(readFileSync(join(ROOT, 'content/trees/final-base.json'), 'utf8'));
    expect(tree.nodes['distroless-cc'].images).toEqual(['gcr.io/distroless/cc-debian13']);
    expect(JSON.stringify(tree)).not.toMatch(/any glibc binary/);
  });

  it('does not claim the syntax line enables BuildKit or parallel stages', () => {
    const text = [
      getSection('syntax-directive')!.markdown,
      getSection('parallel-stages')!.markdown,
      getSection('critical-rules')!.markdown,
    ].join('\n');
    expect(text).toMatch(/does not (?:switch|turn) BuildKit on/);
    expect(text).toMatch(/Docker Engine (?:since version )?23\.0|since Docker Engine 23\.0/);
  });

  it('teaches that `check=` needs frontend 1.8, that Yarn 2+ has no --production, and the .NET UID', () => {
    expect(getSection('build-check')!.markdown).toMatch(/1\.8 or later/);
    expect(getSection('lang-node')!.markdown).toMatch(/yarn workspaces focus --all --production/);
    expect(getSection('lang-dotnet')!.markdown).toMatch(/UID 1654/);
    expect(getSection('copy-from')!.markdown).not.toMatch(/the only way/);
  });
});

describe('facts an independent review corrected (checked against BuildKit source and Docker docs)', () => {
  const why = (id: string) => ruleDoc({ id }).why + '\n' + ruleDoc({ id }).fix;
  const section = (id: string) => getSection(id)!.markdown;

  it('MS000 says BuildKit accepts `--from=` with nothing after `=` and refuses only `--from` without `=`', () => {
    // bflag.go: a string flag fails only when no `=` was given ("missing a value on flag").
    expect(why('MS000')).toMatch(/missing a value on flag/);
    expect(why('MS000')).toMatch(/accepts `--from=`/);
    expect(why('MS000')).not.toMatch(/a `--from` that is empty/);
  });

  it('puts `# syntax` first among directives and pins the frontend by full release or digest', () => {
    const text = section('syntax-directive');
    expect(text).not.toMatch(/in any order/);
    expect(text).toMatch(/Put `# syntax=` \*\*first\*\*/);
    expect(text).toMatch(/docker\/dockerfile:1\.<minor>\.<patch>/);
    expect(text).toMatch(/digest/);
  });

  it('says UndefinedVar skips shell-form RUN/CMD/ENTRYPOINT and `--check` covers every stage', () => {
    for (const text of [section('build-check'), why('MS018')]) {
      expect(text).toMatch(/shell-form `RUN`, `CMD` and `ENTRYPOINT`/);
      expect(text).toMatch(/`docker build --check` without `--target`/);
      expect(text).not.toMatch(/only sees the stages the build reaches/);
    }
  });

  it('quotes the errors BuildKit gives for a self-reference and a forward COPY --from', () => {
    expect(why('MS006')).toMatch(/circular dependency detected on stage/);
    expect(why('MS006')).toMatch(/it needs to be defined before current stage/);
    expect(why('MS006')).not.toMatch(/picks a stage you did not mean/);
  });

  it('calls `context` reserved, not the name of the main build context', () => {
    const texts = [section('from-as'), section('build-contexts'), why('MS017')];
    for (const text of texts)
      expect(text).not.toMatch(/name of the main build context|calls the main build context|main context itself is named/);
    expect(why('MS017')).toMatch(/ReservedStageName/);
  });

  it('uses the current major versions of the Docker GitHub Actions', () => {
    const text = section('ci-test-stage') + section('ci-cache');
    expect(text).toMatch(/docker\/setup-buildx-action@v4/);
    expect(text).toMatch(/docker\/build-push-action@v7/);
    expect(text).not.toMatch(/setup-buildx-action@v3|build-push-action@v6/);
  });

  it('names Chainguard Containers and their free `latest`/`latest-dev` tags', () => {
    expect(section('trusted-bases')).toMatch(/Chainguard Containers/);
    expect(section('trusted-bases')).toMatch(/`latest` and `latest-dev`/);
  });

  it('says `yarn workspaces focus --production` is built in from Yarn 4 only', () => {
    for (const text of [section('lang-node'), why('MS013')]) expect(text).toMatch(/workspace-tools/);
    expect(why('MS013')).not.toMatch(/Yarn 2 and later: `yarn workspaces focus/);
  });

  it('blames write permissions, not port 80, for stock nginx failing under USER nginx', () => {
    expect(section('copy-from')).not.toMatch(/to bind port 80/);
    for (const text of [section('copy-from'), section('non-root')]) expect(text).toMatch(/\/var\/cache\/nginx/);
  });

  it('does not overstate --target, the shared-deps test stage, or Bitnami', () => {
    expect(section('target')).not.toMatch(/not even checked for errors/);
    expect(section('pattern-shared-deps')).toMatch(/`test` is not built by a plain/);
    expect(why('MS015')).toMatch(/most Bitnami images/);
  });

  it('tells a musl build to pin the builder to the Alpine release it ships', () => {
    const tree = JSON.parse(readFileSync(join(ROOT, 'content/trees/final-base.json'), 'utf8'));
    expect(tree.nodes['alpine-musl'].recommend).toMatch(/-alpine3\.23/);
    expect(section('lang-go')).toMatch(/golang:1\.27-alpine3\.23/);
  });
});

describe('sources', () => {
  it('ends every reference section with the sources it rests on', () => {
    for (const section of loadSections()) {
      const headings = [...section.markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings.at(-1), section.id).toBe('Sources');
      const sources = section.markdown.slice(section.markdown.lastIndexOf('## Sources'));
      expect(sources.match(/\]\(https:\/\/[^)\s]+\)/g)?.length ?? 0, section.id).toBeGreaterThan(0);
    }
  });

  it('gives every rule explanation its sources', () => {
    for (const rule of rules) expect(ruleDoc(rule).sources, rule.id).toMatch(/\]\(https:\/\/[^)\s]+\)/);
  });
});
