// Content stays on current releases: every image tag matches content/versions.json, and
// nothing in the content (reference, trees, rule texts, exercises) names a release past
// its end of life on the content's review date. `npm run content:eol` runs this file with
// CONTENT_EOL_TODAY=1 to judge the same content as of today, for the yearly refresh.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lint, rules } from '../src/engine';
import { codeBlocks, listTrees, loadSections, loadTree } from '../src/content';
import { CONTENT_REVIEW_DATE } from '../src/content/review-date';
import { ruleDoc } from '../src/content/rule-docs';
// @ts-expect-error: a plain ESM script without types
import { drifts, governedFiles, loadVersions, ROOT } from '../scripts/content-versions.mjs';

const DAY = process.env.CONTENT_EOL_TODAY ? new Date().toISOString().slice(0, 10) : CONTENT_REVIEW_DATE;
const versions = loadVersions();
const eolFindings = (text: string) =>
  lint(text, { today: DAY })
    .findings.filter((f) => f.rule === 'MS023')
    .map((f) => `line ${f.span.start.line}: ${f.message}`);

describe(`content is current on ${DAY}`, () => {
  it('uses the releases of content/versions.json in every governed file', () => {
    const found: string[] = [];
    for (const file of governedFiles(versions) as string[]) {
      for (const d of drifts(readFileSync(join(ROOT, file), 'utf8'), versions) as { line: number; found: string; want: string }[]) {
        found.push(`${file}:${d.line}: ${d.found} (table: ${d.want})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names no release in versions.json that is past its end of life', () => {
    const images = [
      `golang:${versions.releases.go.version}`,
      `node:${versions.releases.node.version}-slim`,
      `python:${versions.releases.python.version}-slim`,
      `alpine:${versions.releases.alpine.version}`,
      `debian:${versions.releases.debian.version}-slim`,
      `eclipse-temurin:${versions.releases.temurin.version}-jre`,
      `mcr.microsoft.com/dotnet/aspnet:${versions.releases.dotnet.version}`,
      `ubuntu:${versions.releases.ubuntu.version}`,
    ];
    for (const image of images) expect(eolFindings(`FROM ${image} AS x\n`), image).toEqual([]);
  });

  it('has no reference example on an end-of-life release', () => {
    for (const section of loadSections()) {
      for (const block of codeBlocks(section.markdown)) {
        if (block.language !== 'dockerfile' || block.bad.includes('MS023')) continue;
        expect(eolFindings(block.code), `${section.id}:${block.line}`).toEqual([]);
      }
    }
  });

  it('has no rule example on an end-of-life release (MS023 teaches with its own bad one)', () => {
    for (const rule of rules) {
      const doc = ruleDoc(rule);
      expect(eolFindings(doc.good), `${rule.id} good`).toEqual([]);
      if (rule.id !== 'MS023') expect(eolFindings(doc.bad), `${rule.id} bad`).toEqual([]);
    }
    expect(eolFindings(ruleDoc({ id: 'MS023' }).bad).length).toBeGreaterThan(0);
  });

  it('has no exercise file (start, solution, wrong and alternative answers) on an end-of-life release', () => {
    const files = globSync('exercises/**/*.Dockerfile', { cwd: ROOT });
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(eolFindings(readFileSync(join(ROOT, file), 'utf8')), file).toEqual([]);
  });

  it('recommends no end-of-life image in the decision trees', () => {
    for (const { id } of listTrees()) {
      const tree = loadTree(id)!;
      for (const [name, node] of Object.entries(tree.nodes)) {
        if (!('recommend' in node)) continue;
        for (const { ref } of (node as { images: { ref: string }[] }).images) {
          if (ref.includes('*')) continue;
          expect(eolFindings(`FROM ${ref} AS x\n`), `${id}/${name}: ${ref}`).toEqual([]);
        }
      }
    }
  });
});
