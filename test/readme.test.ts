// The README's promises to a newcomer: its first screen goes from nothing to the first exercise,
// its commands are commands the bin knows, and every way of getting it it names is there.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../src/cli/command-table';
import { listExercises } from '../src/exercises';
import { cli, ROOT } from './cli-helpers';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** What a 40-line terminal shows before the reader scrolls. */
const firstScreen = readme.split('\n').slice(0, 40).join('\n');
const shellBlocks = (text: string) => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README', () => {
  it('first screen: install, start, and the first exercise as plain commands', () => {
    const [install, plain] = shellBlocks(firstScreen);
    expect(install).toMatch(/^npm install\b/m);
    expect(install).toMatch(/^npm start\b/m);
    expect(pkg.scripts.start).toMatch(/build.*&&.*dist\/cli\.js/); // npm start builds first, on a fresh clone too
    expect(plain).toMatch(/exercises/);
    expect(plain).toMatch(/check 1/);
  });

  it("the first screen's plain commands work as written, in a fresh home", () => {
    const home = mkdtempSync(join(tmpdir(), 'mst-readme-'));
    try {
      const [, plain] = shellBlocks(firstScreen);
      const lines = plain!
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean);
      const outputs = lines.map((line) => {
        const args = line.replace(/^node dist\/cli\.js\s*/, '').split(/\s+/);
        const r = cli(args, { env: { MULTISTAGE_TUTOR_HOME: home } });
        expect([0, 1], `${line}: ${r.stderr}`).toContain(r.status);
        return r.stdout;
      });
      const path = /next: edit (\S+)/.exec(outputs[0]!)?.[1];
      expect(path && existsSync(path)).toBe(true);
      expect(outputs[1]).toContain(listExercises()[0]!.title);
      expect(outputs[1]).toContain('ready to edit');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('names every way to get it: a clone, a tarball, a global install, npx once published', () => {
    const getting = readme.slice(readme.indexOf('## Getting it'));
    expect(getting).toMatch(/npm pack/);
    expect(getting).toMatch(/npm install -g \.\/multistage-tutor-\S+\.tgz/);
    expect(getting).toMatch(/npm install -g \./);
    expect(getting).toMatch(/npx multistage-tutor.*|once it is published/);
    // The CI snippet does not depend on a package that is not published yet.
    const ci = readme.slice(readme.indexOf('```yaml'), readme.indexOf('```', readme.indexOf('```yaml') + 7));
    expect(ci).toMatch(/^\s+run: multistage-tutor lint/m);
    expect(ci).toMatch(/npm pack/);
  });

  it('every command it shows is one the bin knows', () => {
    // Code only: fenced blocks and inline code spans, where a command starts a line or a span.
    const code = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].flatMap((m) => (m[1] ?? m[2]!).split('\n'));
    const used = code.flatMap((line) => {
      const m = /^(?:\$ )?(?:npx (?:--yes )?)?(?:multistage-tutor|node dist\/cli\.js) ([a-z][a-z-]*)\b/.exec(
        line.replace(/^.*\| /, '').trim(),
      );
      return m ? [m[1]!] : [];
    });
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((c) => !(COMMAND_NAMES as string[]).includes(c))).toEqual([]);
  });
});
