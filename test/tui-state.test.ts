// The screens' state and key table, without Ink: reducers, moves, the footer each mode shows.
import { describe, expect, it } from 'vitest';
import { expandHome, fieldReducer, type FieldState } from '../src/tui/state/use-field-state';
import { findingsSummary, initialLintState, lintMode, lintReducer } from '../src/tui/state/use-lint-state';
import { drawFile, graphMode, initialTargetState, targetReducer } from '../src/tui/state/use-graph-state';
import { exerciseBody, exerciseStatus, goalLine, shortPath, verdictLine } from '../src/tui/state/use-exercise-state';
import { moveSelection } from '../src/tui/components/list';
import { scrollBy, wrapLines } from '../src/tui/components/scroll';
import { helpLayout } from '../src/tui/components/help';
import { actionOf, footerFor, helpFor, keymap } from '../src/tui/keymap';
import { displaySafe } from '../src/content/terminal-safe';
import { painter } from '../src/tui/paint';
import { listExercises, loadExercise, checkAnswer } from '../src/exercises';
import { lint } from '../src/engine/lint';
import type { Key } from 'ink';

const key = (over: Partial<Key> = {}): Key =>
  ({
    upArrow: false,
    downArrow: false,
    leftArrow: false,
    rightArrow: false,
    pageDown: false,
    pageUp: false,
    home: false,
    end: false,
    return: false,
    escape: false,
    ctrl: false,
    shift: false,
    tab: false,
    backspace: false,
    delete: false,
    meta: false,
    super: false,
    hyper: false,
    capsLock: false,
    numLock: false,
    ...over,
  }) as Key;

describe('text field state', () => {
  const typed = (s: FieldState, text: string) => [...text].reduce((st, ch) => fieldReducer(st, { type: 'insert', text: ch }), s);
  it('typing replaces an untouched default instead of appending to it', () => {
    const s = typed({ value: 'Dockerfile', pristine: true }, '../api/Dockerfile');
    expect(s.value).toBe('../api/Dockerfile');
  });
  it('after the first key it appends; Backspace and Ctrl-U edit; a default is kept when only erased', () => {
    let s = typed({ value: 'Dockerfile', pristine: true }, 'ab');
    s = fieldReducer(s, { type: 'erase' });
    expect(s.value).toBe('a');
    s = fieldReducer(s, { type: 'clear' });
    expect(s).toEqual({ value: '', pristine: false });
    expect(fieldReducer({ value: 'Dockerfile', pristine: true }, { type: 'erase' }).value).toBe('Dockerfil');
  });
  it('a paste is one line of printable text; the first `/` typed is kept', () => {
    const s = fieldReducer({ value: '', pristine: false }, { type: 'insert', text: 'a\r\nb\x1b[31m\x07' });
    expect(s.value).toBe('a b[31m');
    expect(typed({ value: 'Dockerfile', pristine: true }, '/tmp/x').value).toBe('/tmp/x');
  });
  it('~ is the home folder at the start of a path only', () => {
    expect(expandHome('~/a/Dockerfile', '/home/me')).toBe('/home/me/a/Dockerfile');
    expect(expandHome('~', '/home/me/')).toBe('/home/me/');
    expect(expandHome('a/~/b', '/home/me')).toBe('a/~/b');
    expect(expandHome('~/x', undefined)).toBe('~/x');
  });
});

describe('lint state', () => {
  const text = 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine\nCOPY --from=build /app /app\n';
  it('goes idle → linting → done, and an engine exception is a failed phase, not a throw', () => {
    let s = lintReducer(initialLintState, { type: 'started', path: 'D' });
    expect(lintMode(s, false)).toBe('linting');
    const done = lintReducer(s, { type: 'linted', path: 'D', text, findings: lint(text).findings });
    expect(done.phase).toBe('done');
    expect(lintMode(done, false)).toBe('findings');
    expect(lintMode(done, true)).toBe('path');
    s = lintReducer(s, { type: 'crashed', path: 'D', error: 'boom' });
    expect(s).toMatchObject({ phase: 'failed', error: 'boom' });
  });
  it('the fix offer is its own mode; closing it says what happened', () => {
    const done = lintReducer(initialLintState, { type: 'linted', path: 'D', text, findings: [] });
    const offered = lintReducer(done, { type: 'offerFix', fix: { text: 'x', applied: 1, diff: ['- a', '+ b'] } });
    expect(lintMode(offered, false)).toBe('fix');
    const closed = lintReducer(offered, { type: 'closeFix', message: 'no change made' });
    expect(lintMode(closed, false)).toBe('findings');
    expect(closed.message).toBe('no change made');
    expect(findingsSummary([])).toBe('no findings: clean');
  });
  it('keeps "applied …" through the re-lint of the fixed file, not into another file', () => {
    const done = lintReducer(initialLintState, { type: 'linted', path: 'D', text, findings: [] });
    const closed = lintReducer(done, { type: 'closeFix', message: 'applied 1 fix to D' });
    const relinted = lintReducer(lintReducer(closed, { type: 'started', path: 'D' }), { type: 'linted', path: 'D', text, findings: [] });
    expect(relinted.message).toBe('applied 1 fix to D');
    expect(lintReducer(closed, { type: 'started', path: 'other' }).message).toBeNull();
  });
  it('a path that cannot be read ends the linting phase: nothing is being worked on', () => {
    const started = lintReducer(initialLintState, { type: 'started', path: 'nope' });
    const unreadable = lintReducer(started, { type: 'unreadable' });
    expect(unreadable.phase).toBe('idle');
    expect(lintMode(unreadable, false)).not.toBe('linting');
  });
});

describe('graph state', () => {
  it('an unknown target names the stages; a known one draws', () => {
    const text = 'FROM alpine AS build\nRUN true\nFROM scratch AS publish\nCOPY --from=build /x /x\n';
    expect(drawFile(text, 'D', 'publishnosuch', false).problem).toMatch(/--target publishnosuch: no such stage \(stages: build, publish\)/);
    const drawn = drawFile(text, 'D', 'publish', false);
    expect(drawn.problem).toBeNull();
    expect(drawn.lines.join('\n')).toContain('--target publish');
    expect(graphMode(true, false)).toBe('path');
    expect(graphMode(false, true)).toBe('target');
    expect(graphMode(false, false)).toBe('view');
  });
  it('a refused target is never applied: cancelling keeps the target from before', () => {
    const test = targetReducer(targetReducer(initialTargetState, { type: 'open' }), { type: 'submit', value: 'test', problem: null });
    expect(test).toEqual({ applied: 'test', editing: false, problem: null });
    const refused = targetReducer(targetReducer(test, { type: 'open' }), {
      type: 'submit',
      value: 'nosuch',
      problem: '--target nosuch: no such stage (stages: build, test)',
    });
    expect(refused).toMatchObject({ applied: 'test', editing: true, problem: expect.stringContaining('nosuch') });
    expect(targetReducer(refused, { type: 'cancel' })).toEqual({ applied: 'test', editing: false, problem: null });
    expect(drawFile('FROM alpine AS a\n', 'D', 'nosuch', false).unknownTarget).toBe(true);
  });
});

describe('moves', () => {
  it('a list selection stays inside the list', () => {
    expect(moveSelection(0, 'up', 5, 3)).toBe(0);
    expect(moveSelection(4, 'down', 5, 3)).toBe(4);
    expect(moveSelection(1, 'pageDown', 5, 3)).toBe(4);
    expect(moveSelection(3, 'first', 5, 3)).toBe(0);
    expect(moveSelection(0, 'last', 5, 3)).toBe(4);
  });
  it('a scroll stops at the last page', () => {
    expect(scrollBy(0, 'last', 50, 10)).toBe(40);
    expect(scrollBy(38, 'pageDown', 50, 10)).toBe(40);
    expect(scrollBy(3, 'up', 50, 10)).toBe(2);
    expect(scrollBy(0, 'up', 50, 10)).toBe(0);
  });
  it('wrapped lines fit the width and keep every word', () => {
    const long = 'the entrypoint still starts the copied binary once the binary is copied into the final stage';
    const lines = wrapLines([long], 40, 2);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(long);
  });
});

describe('the key table', () => {
  it('is what the footer shows: the focused mode only', () => {
    expect(footerFor('reference', 'text', false)).toContain('↑↓ scroll');
    expect(footerFor('reference', 'text', false)).toContain('Tab list');
    expect(footerFor('reference', 'list', false)).not.toMatch(/scroll|PgDn|End/);
    expect(footerFor('lint', 'fix', false)).toMatch(/^y apply · n keep/);
    expect(footerFor('lint', 'path', false)).toContain('Ctrl-U clear');
    expect(footerFor('lint', 'path', false)).toContain('~ home');
    expect(footerFor('lint', 'path', false)).not.toContain('q back');
    expect(footerFor('trees', 'first', false)).not.toMatch(/b undo|r restart/);
    expect(footerFor('trees', 'question', false)).toMatch(/b undo.*r restart/);
    expect(footerFor('home', 'list', true)).toMatch(/q quit$/);
  });
  it('is what the keys do: every footer key of every mode has a binding that matches it', () => {
    const k = (shown: string) =>
      shown === 'Enter'
        ? ['\r', key({ return: true })]
        : shown === 'Esc'
          ? ['', key({ escape: true })]
          : shown === 'Ctrl-U'
            ? ['u', key({ ctrl: true })]
            : shown === 'Tab'
              ? ['\t', key({ tab: true })]
              : null;
    for (const [screen, { modes }] of Object.entries(keymap)) {
      for (const { keys: bindings } of Object.values(modes)) {
        // `~` is text typed into a path (no key of its own), shown so it is known.
        for (const b of bindings.filter((x) => x.footer && x.keys.length > 0)) {
          const pressed = k(b.shown) ?? (b.shown.length === 1 ? [b.shown, key()] : null);
          if (!pressed) continue;
          expect(actionOf(bindings, pressed[0] as string, pressed[1] as Key), `${screen} ${b.shown}`).toBe(b.action);
        }
      }
    }
  });
  it('is what the help lists, under a heading per context, without repeats', () => {
    const help = helpFor('lint');
    const group = (heading: string) => help.find((g) => g.heading === heading)!.keys.map(([k]) => k);
    expect(group('Path field')).toContain('Ctrl-U');
    expect(group('Findings')).toContain('f');
    expect(group('Fix prompt (y / n)')).toContain('y');
    for (const g of help) expect(new Set(g.keys.map(([k, w]) => k + w)).size).toBe(g.keys.length);
  });
  it('gives a key one meaning per heading: no key is listed twice in one group of any screen', () => {
    for (const screen of Object.keys(keymap) as (keyof typeof keymap)[]) {
      for (const g of helpFor(screen)) {
        const tokens = g.keys.flatMap(([k]) => k.split(' ').filter((t) => t !== '→'));
        expect(new Set(tokens).size, `${screen} / ${g.heading}: ${tokens.join(' ')}`).toBe(tokens.length);
      }
    }
    // The keys that meant two things in one flat list now sit under their own headings.
    const exercise = helpFor('exercise');
    expect(exercise.find((g) => g.heading === 'Working on it')!.keys).toContainEqual(['n', 'next exercise']);
    expect(exercise.find((g) => g.heading === 'Reset question (y / n)')!.keys).toContainEqual(['n Esc', 'keep your edits']);
    expect(helpFor('reference').map((g) => g.heading)).toEqual(['Section list', 'Reading a section', 'Search', 'Anywhere']);
  });
});

describe('the help overlay layout', () => {
  it('wraps every line in its column, at 100 and at 40 columns, and loses no word', () => {
    for (const screen of Object.keys(keymap) as (keyof typeof keymap)[]) {
      for (const width of [100, 60, 40]) {
        const { rows, keyWidth } = helpLayout(screen, width);
        for (const row of rows) {
          const shown = row.kind === 'key' ? '  ' + row.keys.padEnd(keyWidth) + row.what : row.kind === 'heading' ? row.text : '';
          expect([...shown.trimEnd()].length, `${screen} at ${width}: ${shown}`).toBeLessThanOrEqual(width);
          expect(shown).not.toContain('…');
        }
        // Every help text is there in full, its wrapped pieces joined again.
        const text = rows
          .map((r) => (r.kind === 'key' ? r.what : ''))
          .join(' ')
          .replace(/\s+/g, ' ');
        for (const g of helpFor(screen)) for (const [, what] of g.keys) expect(text).toContain(what);
      }
    }
    // The Exercise help's longest line, cut at 100 columns before: wrapped under itself.
    const at100 = helpLayout('exercise', 100).rows;
    const e = at100.findIndex((r) => r.kind === 'key' && r.keys === 'e');
    expect(at100[e]).toMatchObject({ what: expect.stringMatching(/^edit the working copy in \$VISUAL/) });
    expect(at100[e + 1]).toMatchObject({ keys: '', what: 'return' });
  });
});

describe('exercise text', () => {
  it('goal lines and findings wrap at 40 columns instead of ending in …', () => {
    const ex = loadExercise(listExercises()[0]!.id);
    const result = checkAnswer(ex, ex.start);
    const { body } = exerciseBody(ex, { result, lines: ex.start.split('\n') }, [], false, 40, false, painter(false));
    expect(body.every((l) => [...l].length <= 40)).toBe(true);
    // Code spans are drawn as code (no backticks), as the reference draws them.
    for (const g of result.goals)
      expect(body.join(' ').replace(/\s+/g, ' ')).toContain(g.description.replace(/`/g, '').replace(/\s+/g, ' '));
    expect(body.join('\n')).not.toContain('`');
    expect(verdictLine(result, false, 40).length).toBeLessThanOrEqual(40);
  });
  it('a long path is shortened: ~ for the home folder, then folders out of its middle, the file name kept', () => {
    const file = '/tmp/ux4/home/.local/share/multistage-tutor/exercises/index-breaks/Dockerfile';
    expect(shortPath(file, '/tmp/ux4/home', 100)).toBe('~/.local/share/multistage-tutor/exercises/index-breaks/Dockerfile');
    expect(shortPath(file, '/tmp/ux4/home/', 40)).toBe('~/…/exercises/index-breaks/Dockerfile');
    expect(shortPath(file, '/tmp/ux4/home', 20)).toBe('~/…/Dockerfile');
    expect(shortPath(file, undefined, 40)).toBe('/tmp/…/exercises/index-breaks/Dockerfile');
    expect(shortPath('/tmp/ux4/homeless/Dockerfile', '/tmp/ux4/home', 100)).toBe('/tmp/ux4/homeless/Dockerfile');
    for (const room of [5, 10, 13, 30, 60]) expect([...shortPath(file, '/tmp/ux4/home', room)].length).toBeLessThanOrEqual(room);
  });
  it('the exercise status line keeps the position in sight at any width', () => {
    const file = '/tmp/ux4/home/.local/share/multistage-tutor/exercises/index-breaks/Dockerfile';
    for (const width of [100, 60, 40]) {
      const line = exerciseStatus(null, file, '/tmp/ux4/home', 'lines 17–40 of 120', width);
      expect(line).toMatch(/^file: .*Dockerfile · lines 17–40 of 120$/);
      expect([...line].length).toBeLessThanOrEqual(width);
    }
    expect(exerciseStatus(`your copy: ${file}`, file, '/tmp/ux4/home', 'lines 1–20 of 90', 60)).toBe(
      'your copy: ~/…/index-breaks/Dockerfile · lines 1–20 of 90',
    );
    expect(exerciseStatus('x'.repeat(200), file, undefined, 'lines 1–20 of 90', 60)).toMatch(/^x+… · lines 1–20 of 90$/);
  });
  it('a working copy that cannot be read is not judged: it says which key puts the start file back', () => {
    const ex = loadExercise(listExercises()[0]!.id);
    const { body } = exerciseBody(ex, null, [], false, 60, false, painter(false), '/x/Dockerfile', { missing: true });
    const text = body.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Your working copy is missing: press r to put the start file back.');
    expect(text).not.toMatch(/no stage yet|Findings/);
    expect(verdictLine(undefined, false, 100, { missing: true })).toBe('✗ your working copy is missing · r puts the start file back');
    expect(verdictLine(undefined, false, 40, { missing: false, reason: 'EACCES' }).length).toBeLessThanOrEqual(40);
  });
  it('a goal that waits on another is shown as waiting, neither ✓ nor ✗', () => {
    const line = goalLine(
      { id: 'g', description: 'the entrypoint starts the binary', passed: false, status: 'waiting' } as never,
      painter(false),
    );
    expect(line).toMatch(/^… .*waiting/);
    expect(line).not.toMatch(/[✓✗]/);
  });
});

describe('control characters from files', () => {
  it('are drawn as visible escapes, never sent to the terminal', () => {
    const osc52 = '# \x1b]52;c;ZXZpbA==\x07 note';
    expect(displaySafe(osc52)).toBe('# ␛]52;c;ZXZpbA==^G note');
    expect(displaySafe('\x9b31m')).toBe('\\x9b31m');
    expect(displaySafe('\x1b[1mbold\x1b[22m', { keepColor: true })).toBe('\x1b[1mbold\x1b[22m');
  });
});

describe('app state', () => {
  it("keeps a stack of routes: push, replace, back (never past home); q and ? are a field's own while it captures", async () => {
    const { appReducer, keysCaptured, screenKey, top, topMode } = await import('../src/tui/state/use-app-state');
    let s = { stack: [{ name: 'home' as const }], help: false, helpOffset: 0, captured: false, modes: {} } as Parameters<
      typeof appReducer
    >[0];
    s = appReducer(s, { type: 'push', route: { name: 'lint' } });
    expect(top(s)).toEqual({ name: 'lint' });
    s = appReducer(s, { type: 'mode', key: screenKey({ name: 'lint' }, 1), mode: 'path' });
    expect(topMode(s)).toBe('path');
    expect(keysCaptured(s)).toBe(true);
    s = appReducer(s, { type: 'mode', key: screenKey({ name: 'lint' }, 1), mode: 'findings' });
    expect(keysCaptured(s)).toBe(false);
    s = appReducer(s, { type: 'replace', route: { name: 'graph' } });
    expect(topMode(s)).toBeUndefined();
    s = appReducer(appReducer(s, { type: 'back' }), { type: 'back' });
    expect(s.stack).toEqual([{ name: 'home' }]);
  });
});

describe('reference state', () => {
  it('opens sections inside the list, switches panes, and keeps the search hit inside the hits', async () => {
    const { referenceReducer, referenceMode } = await import('../src/tui/state/use-reference-state');
    let s = { current: 0, focus: 'list' as const, searching: false, hit: 0 } as Parameters<typeof referenceReducer>[0];
    s = referenceReducer(s, { type: 'open', index: 99, count: 5 });
    expect(s.current).toBe(4);
    s = referenceReducer(s, { type: 'focus', focus: 'text' });
    expect(referenceMode(s)).toBe('text');
    s = referenceReducer(s, { type: 'search', on: true });
    expect(referenceMode(s)).toBe('search');
    s = referenceReducer(referenceReducer(s, { type: 'hit', by: 1, count: 2 }), { type: 'hit', by: 1, count: 2 });
    expect(s.hit).toBe(1);
    s = referenceReducer(s, { type: 'search', on: false });
    expect(referenceMode(s)).toBe('text');
  });
});

describe('layout', () => {
  it('no screen touches the file system: files are read and written by hooks over the lower layers', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../src/tui/screens/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      expect(text, name).not.toMatch(/from '(node:)?fs(\/promises)?'|from 'chokidar'|from 'write-file-atomic'/);
    }
  });
});
