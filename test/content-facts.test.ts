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
