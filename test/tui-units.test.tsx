// The small pieces the screens stand on: the fix diff, the editor choice, the source excerpt.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines, hunks } from '../src/tui/diff';
import { pickEditor, runEditor } from '../src/tui/editor';
import { sourceExcerpt } from '../src/tui/screens/lint';
import type { Finding } from '../src/engine/types';

describe('diffLines', () => {
  it('marks removed and added lines, removals first, keeping the rest', () => {
    const d = diffLines('a\nb\nc\n', 'a\nB\nc\nd\n');
    expect(d.map((l) => `${l.kind}${l.text}`)).toEqual([' a', '-b', '+B', ' c', '+d', ' ']);
  });

  it('shows only the changes with context, … between far-apart hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 2', 'LINE 2').replace('line 17', 'LINE 17');
    const shown = hunks(diffLines(before, after), 1).map((l) => (l === null ? '…' : `${l.kind}${l.text}`));
    expect(shown).toEqual([' line 1', '-line 2', '+LINE 2', ' line 3', '…', ' line 16', '-line 17', '+LINE 17', ' line 18']);
  });

  it('diffs a file of 60,000 lines with two edits (an n×m table would not fit in memory)', () => {
    const before = Array.from({ length: 60_000 }, (_, i) => `RUN echo ${i}`).join('\n');
    const after = before.replace('RUN echo 7\n', 'RUN echo seven\n').replace('RUN echo 59998', 'RUN echo last-but-one');
    const shown = hunks(diffLines(before, after), 0).map((l) => (l === null ? '…' : `${l.kind}${l.text}`));
    expect(shown).toEqual(['-RUN echo 7', '+RUN echo seven', '…', '-RUN echo 59998', '+RUN echo last-but-one']);
  });
});

describe('pickEditor', () => {
  it('prefers $VISUAL, then $EDITOR, then nano, then vi', () => {
    expect(pickEditor({ VISUAL: 'code --wait', EDITOR: 'vim' }, () => true)).toBe('code --wait');
    expect(pickEditor({ EDITOR: 'vim' }, () => true)).toBe('vim');
    expect(pickEditor({ VISUAL: '  ' }, (n) => n === 'nano')).toBe('nano');
    expect(pickEditor({}, () => false)).toBe('vi');
  });

  it('passes a path with spaces and quotes through untouched, and the editor value may hold arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'editor-'));
    const source = join(dir, 'source');
    writeFileSync(source, 'edited');
    const odd = join(dir, `it's a "file" $HOME.txt`);
    const r = runEditor(`cp -f ${source}`, odd, { PATH: process.env.PATH });
    expect(r.ok).toBe(true);
    expect(readFileSync(odd, 'utf8')).toBe('edited');
  });
});

describe('sourceExcerpt', () => {
  const finding = (line: number, start: number, end: number): Finding => ({
    rule: 'MS003',
    name: 'x',
    severity: 'error',
    message: 'm',
    span: { start: { line, column: start }, end: { line, column: end } },
  });

  it('puts carets under the span', () => {
    const [src, caret] = sourceExcerpt(['FROM a', 'COPY --from=0 /a /a'], finding(2, 6, 14), 80);
    expect(src).toBe('   2 │ COPY --from=0 /a /a');
    expect(caret!.indexOf('^')).toBe(src!.indexOf('--from=0'));
    expect(caret!.trim()).toBe('^'.repeat(8));
  });

  it('slides a long line so the span stays in view within the width', () => {
    const line = 'RUN ' + 'x'.repeat(150) + ' --bad';
    const [src, caret] = sourceExcerpt([line], finding(1, 156, 161), 60);
    expect(src!.length).toBeLessThanOrEqual(60);
    expect(src!.slice(caret!.indexOf('^'), caret!.indexOf('^') + 5)).toBe('--bad');
  });
});
