// Decision trees screen: list, walk to a leaf, breadcrumb, back, restart, open the leaf's section.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/tui/app';
import { listTrees, loadTree, walkTree, type Leaf } from '../src/content/trees';
import { drive, fits, keys, type Driven } from './tui-harness';

let current: Driven | null = null;
afterEach(() => {
  current?.unmount();
  current = null;
});

/** The leaf reached by always taking the first answer, and how many answers that takes. */
function firstChoicePath(id: string): { leaf: Leaf; answers: string[]; questions: string[] } {
  const tree = loadTree(id)!;
  const answers: string[] = [];
  for (;;) {
    const r = walkTree(tree, answers);
    if (r.status === 'leaf') return { leaf: r.leaf, answers, questions: r.path.map((s) => s.question.text) };
    if (r.status !== 'question') throw new Error('bad tree');
    answers.push(r.question.answers[0]!.answer);
  }
}

describe('decision trees screen', () => {
  const trees = listTrees();

  it('lists the trees and walks the chosen one to its recommendation', async () => {
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees' }]} />, { columns: 100, rows: 30 });
    current = d;
    await d.waitFor(trees[0]!.title);
    for (const t of trees) expect(d.screen()).toContain(t.title);
    const { leaf, answers, questions } = firstChoicePath(trees[0]!.id);
    await d.press(keys.enter);
    await d.waitFor(questions[0]!.slice(0, 30));
    for (let i = 0; i < answers.length; i++) await d.press(keys.enter);
    const s = await d.waitFor(leaf.title.slice(0, 30));
    // the answers so far as a breadcrumb, the images with their sizes
    expect(s).toContain('→');
    for (const image of leaf.images) expect(s).toContain(image.ref);
    expect(fits(s, 100, 30)).toBe(true);
  });

  it('b goes back one answer and r starts again', async () => {
    const id = trees.find((t) => firstChoicePath(t.id).answers.length >= 2)?.id ?? trees[0]!.id;
    const { leaf, answers, questions } = firstChoicePath(id);
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: id }]} />, { columns: 100, rows: 30 });
    current = d;
    await d.waitFor(questions[0]!.slice(0, 30));
    for (let i = 0; i < answers.length; i++) await d.press(keys.enter);
    await d.waitFor(leaf.title.slice(0, 30));
    await d.press('b');
    await d.waitFor((s) => !s.includes(leaf.title.slice(0, 30)));
    expect(d.screen()).toContain(questions[questions.length - 1]!.slice(0, 30));
    await d.press('r');
    await d.waitFor((s) => !s.includes('  → '));
    expect(d.screen()).toContain(questions[0]!.slice(0, 30));
  });

  it('opens the reference section the recommendation names, and q comes back to the tree', async () => {
    const id = trees[0]!.id;
    const { leaf, answers } = firstChoicePath(id);
    const { questions } = firstChoicePath(id);
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: id }]} />, { columns: 100, rows: 30 });
    current = d;
    // Wait for what the screen draws, not for a "?" the header already shows.
    await d.waitFor(questions[0]!.slice(0, 30));
    for (let i = 0; i < answers.length; i++) await d.press(keys.enter);
    await d.waitFor(`Read the reference: ${leaf.section}`);
    await d.press(keys.enter);
    await d.waitFor(`${leaf.section} · `);
    expect(d.screen()).toContain(`› ${id} › Reference`);
    await d.press('q');
    // The reference screen may quote the leaf's words too: wait for it to be gone.
    await d.waitFor((s) => !s.includes('› Reference') && s.includes(`Read the reference: ${leaf.section}`));
  });

  it('starts a walk at the top of the screen; b and r are offered, once, only when there is an answer to undo', async () => {
    const { questions } = firstChoicePath(trees[0]!.id);
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: trees[0]!.id }]} />, {
      columns: 100,
      rows: 30,
    });
    current = d;
    const s = await d.waitFor(questions[0]!.slice(0, 30));
    const lines = s.split('\n');
    expect(lines.findIndex((l) => l.includes(questions[0]!.slice(0, 30)))).toBeLessThan(6);
    expect(s).toContain('Enter answer');
    expect(s).not.toMatch(/\bb undo|r restart/);
    await d.press(keys.enter);
    const after = await d.waitFor('b undo');
    expect(after.match(/b undo/g)).toHaveLength(1);
    expect(after.match(/r restart/g)).toHaveLength(1);
  });

  it('b brings the last question back with the cursor on the answer given', async () => {
    const id = trees[0]!.id;
    const tree = loadTree(id)!;
    const first = walkTree(tree, []);
    if (first.status !== 'question' || first.question.answers.length < 2) return;
    const second = first.question.answers[1]!;
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: id }]} />, { columns: 100, rows: 30 });
    current = d;
    await d.waitFor(`❯ ${first.question.answers[0]!.label}`);
    await d.press(keys.down);
    await d.waitFor(`❯ ${second.label}`);
    await d.press(keys.enter);
    await d.waitFor(`→ ${second.label}`);
    await d.press('b');
    const back = await d.waitFor((s) => !s.includes(`→ ${second.label}`));
    expect(back).toContain(`❯ ${second.label}`);
  });

  it('keeps the current question in view at 60×20, however long the path', async () => {
    const id = [...trees].sort((a, b) => firstChoicePath(b.id).answers.length - firstChoicePath(a.id).answers.length)[0]!.id;
    const { leaf, answers, questions } = firstChoicePath(id);
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: id }]} />, { columns: 60, rows: 20 });
    current = d;
    // Each step waits for what that Enter changed: the next question, then the leaf.
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    await d.waitFor((s) => flat(s).includes(flat(questions[0]!).slice(0, 24)));
    for (let i = 0; i < answers.length; i++) {
      await d.press(keys.enter);
      const next = i + 1 < questions.length ? flat(questions[i + 1]!).slice(0, 24) : flat(leaf.title).slice(0, 20);
      await d.waitFor((s) => flat(s).includes(next));
      expect(fits(d.screen(), 60, 20)).toBe(true);
    }
    // The leaf's actions appear once the layout has measured the leaf (a later frame).
    await d.waitFor(/Start again|Go back one answer/);
    // Wrapped lines stay whole (a squeezed layout draws lines over each other).
    expect(flat(d.screen())).toContain(flat(leaf.why));
    for (const image of leaf.images)
      expect(d.screen()).toMatch(new RegExp(`${image.ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${image.size}\\s*$`, 'm'));
  });
});

describe('decision trees at 40×12', () => {
  it('wraps questions and answers with no stray space at a line start, and the marker keeps its space', async () => {
    const tree = loadTree('multi-stage')!;
    const first = walkTree(tree, []);
    if (first.status !== 'question') throw new Error('bad tree');
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: 'multi-stage' }]} />, {
      columns: 40,
      rows: 12,
    });
    current = d;
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    const s = await d.waitFor((x) => flat(x).includes(flat(first.question.text)));
    // The question is longer than the width: it wrapped, and no line it left starts with a space.
    expect(first.question.text.length).toBeGreaterThan(40);
    expect(s).not.toMatch(/^ \S/m);
    const label = first.question.answers[0]!.label;
    expect(label.length).toBeGreaterThan(38);
    // The selected answer: "❯ " then the label; its continuation under the label, not under the marker.
    expect(s).toMatch(new RegExp(`^❯ ${label.split(' ').slice(0, 2).join(' ')}`, 'm'));
    expect(s).toMatch(new RegExp(`^ {2}${label.split(' ').at(-1)}\\s*$`, 'm'));
    expect(fits(s, 40, 12)).toBe(true);
    // Moving the selection: the other answer gets the marker and its space.
    await d.press(keys.down);
    const moved = await d.waitFor(`❯ ${first.question.answers[1]!.label.slice(0, 20)}`);
    expect(moved).not.toMatch(/^ \S|❯\S/m);
    // After the answer that leads to another question, the path's "→ answer" wraps under itself.
    const on = first.question.answers.findIndex((a) => walkTree(tree, [a.answer]).status === 'question');
    expect(on).toBeGreaterThanOrEqual(0);
    if (on === 0) await d.press(keys.up);
    await d.press(keys.enter);
    const answered = await d.waitFor(`→ ${first.question.answers[on]!.label.slice(0, 20)}`);
    expect(answered).not.toMatch(/^ \S|❯\S/m);
  });
});
