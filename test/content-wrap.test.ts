// Wrapping coloured text: every line fits, colour survives the break, indentation holds.
import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLine } from '../src/content/wrap';

const Y = '\x1b[33m';
const END = '\x1b[39m';

describe('wrapLine', () => {
  it('breaks at spaces and keeps the words in order', () => {
    expect(wrapLine('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
  });

  it('keeps leading indentation and indents continuation lines', () => {
    expect(wrapLine('  * alpha beta gamma', 12, 4)).toEqual(['  * alpha', '    beta', '    gamma']);
  });

  it('measures colour codes as zero width and reopens colour after a break', () => {
    const lines = wrapLine(`${Y}aaa bbb ccc${END} ddd`, 7);
    expect(lines.map((l) => stripVTControlCharacters(l))).toEqual(['aaa bbb', 'ccc ddd']);
    expect(lines[0]).toBe(`${Y}aaa bbb\x1b[0m`);
    expect(lines[1]).toBe(`${Y}ccc${END} ddd`);
  });

  it('splits a plain word longer than the width', () => {
    expect(wrapLine('x abcdefghij', 4)).toEqual(['x', 'abcd', 'efgh', 'ij']);
  });

  it('never loses or reorders text, and fits every line made of short words', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 60 }), (words, width) => {
        const lines = wrapLine(words.join(' '), width, 2);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
      }),
    );
  });
});
