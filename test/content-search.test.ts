// `ref TOPIC` finds sections the way a hurried reader types: partial words, typos, several words.
import { describe, expect, it } from 'vitest';
import { closestSections, searchSections, type Section } from '../src/content';
import { wordMatch } from '../src/content/search';

const best = (query: string) => searchSections(query, 3)[0]?.section.id;

describe('searchSections', () => {
  it.each([
    ['copy from', 'copy-from'],
    ['copy --from', 'copy-from'],
    ['FROM AS', 'from-as'],
    ['base', 'final-base'],
    ['cache', 'build-cache'],
    ['non root', 'non-root'],
    ['python venv', 'lang-python'],
    ['dev dependencies', 'lang-node'],
    ['jre', 'lang-java'],
    ['cgo', 'lang-go'],
    ['buildkit check', 'build-check'],
    ['mount', 'run-mount-from'],
  ])('%s → %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it.each([
    ['distroles', 'final-base'],
    ['disrtoless', 'final-base'],
    ['tagret', 'target'],
    ['pinnig', 'pinning'],
    ['paralel', 'parallel-stages'],
  ])('forgives the typo %s → %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it.each([
    ['distro', 'final-base'],
    ['pin', 'pinning'],
    ['syn', 'syntax-directive'],
    ['cross', 'pattern-cross-platform'],
  ])('matches the partial word %s → %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it('finds nothing for words the reference does not use', () => {
    expect(searchSections('banana')).toEqual([]);
    expect(searchSections('   ')).toEqual([]);
  });

  it('ranks a section whose title holds the whole phrase above ones that only contain the words', () => {
    const hits = searchSections('copy from', 5);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('returns a plain-text snippet with the matched word', () => {
    const hit = searchSections('distroless', 1)[0]!;
    expect(hit.snippet.toLowerCase()).toContain('distroless');
    expect(hit.snippet).not.toMatch(/`|\*\*/);
    expect(hit.snippet.length).toBeLessThanOrEqual(100);
  });

  it('respects the limit', () => {
    expect(searchSections('stage', 2)).toHaveLength(2);
  });

  it('searches the sections it is given', () => {
    const mine: Section[] = [
      { id: 'alpha', title: 'Alpha things', markdown: '# Alpha things\n\nAbout zebras.\n', rules: [], order: 1, keywords: [] },
      { id: 'beta', title: 'Beta', markdown: '# Beta\n\nNothing here.\n', rules: [], order: 2, keywords: ['zebra'] },
    ];
    expect(searchSections('zebra', 5, mine).map((h) => h.section.id)).toEqual(['beta', 'alpha']);
  });
});

describe('wordMatch', () => {
  it('scores exact above prefix above typo, and unrelated words zero', () => {
    expect(wordMatch('stage', 'stage')).toBe(1);
    expect(wordMatch('sta', 'stage')).toBeGreaterThan(wordMatch('stgae', 'stage'));
    expect(wordMatch('stgae', 'stage')).toBeGreaterThan(0);
    expect(wordMatch('cat', 'dog')).toBe(0);
    expect(wordMatch('go', 'to')).toBe(0);
  });
});

describe('closestSections', () => {
  it('names sections whose ID is nearest the query', () => {
    expect(closestSections('lang-goo', 1)[0]!.id).toBe('lang-go');
    expect(closestSections('anything', 3)).toHaveLength(3);
  });
});
