// The interactive walker: choose, go back, start again, end at the recommendation.
import { describe, expect, it, vi } from 'vitest';
import { loadTree } from '../src/content';
import { TreeWalker } from '../src/tui/tree';
import { drive, keys } from './tui-harness';

const finalBase = loadTree('final-base')!;
const runtime = loadTree('runtime')!;

describe('TreeWalker', () => {
  it('asks one question at a time and ends at the recommendation with its sizes', async () => {
    const ui = await drive(<TreeWalker tree={finalBase} />, { columns: 100, rows: 40 });
    expect(ui.screen()).toContain('Does the program need a language runtime');
    await ui.press(keys.down, keys.enter); // no: a compiled binary
    await ui.waitFor('Is the binary statically linked');
    expect(ui.screen()).toContain('No, it is a compiled binary');
    await ui.press(keys.enter, keys.down, keys.enter); // yes static, no shell
    const screen = await ui.waitFor('→ Use scratch');
    expect(screen).toMatch(/scratch 0 MB/);
    expect(screen).toMatch(/gcr\.io\/distroless\/static-debian13 ≈ 1 MB/);
    expect(screen).toContain('Read next: multistage-tutor ref final-base');
    ui.unmount();
  });

  it('goes back one answer with b or Backspace, and starts again with r', async () => {
    const ui = await drive(<TreeWalker tree={finalBase} />, { columns: 100, rows: 40 });
    await ui.press(keys.down, keys.enter);
    await ui.waitFor('Is the binary statically linked');
    await ui.press('b');
    await ui.waitFor((s) => !s.includes('Is the binary statically linked'));
    expect(ui.screen()).toContain('Does the program need a language runtime');
    // The question comes back with the cursor on the answer that was taken back.
    expect(ui.screen()).toContain('❯ No, it is a compiled binary');
    await ui.press(keys.enter, keys.enter);
    await ui.waitFor('Do you need a shell');
    await ui.press(keys.backspace);
    await ui.waitFor((s) => !s.includes('Do you need a shell'));
    expect(ui.screen()).toContain('Is the binary statically linked');
    await ui.press('r');
    await ui.waitFor((s) => !s.includes('→'));
    expect(ui.screen()).toContain('Does the program need a language runtime');
    expect(ui.screen()).not.toContain('Is the binary statically linked');
    ui.unmount();
  });

  it('picks an answer by its number', async () => {
    const ui = await drive(<TreeWalker tree={runtime} />, { columns: 100, rows: 40 });
    await ui.press('3'); // Node.js
    const screen = await ui.waitFor('→ Build in node:24');
    expect(screen).toMatch(/node:24-slim 80 MB/);
    ui.unmount();
  });

  it('opens the section the recommendation names, and hands q to the host', async () => {
    const onOpenSection = vi.fn();
    const onExit = vi.fn();
    const ui = await drive(<TreeWalker tree={runtime} onOpenSection={onOpenSection} onExit={onExit} />, { columns: 100, rows: 40 });
    await ui.press('4'); // Python
    await ui.waitFor('Read the reference: lang-python');
    await ui.press(keys.enter);
    expect(onOpenSection).toHaveBeenCalledWith('lang-python');
    await ui.press('q');
    expect(onExit).toHaveBeenCalled();
    ui.unmount();
  });

  it('leaves q alone without onExit, and ignores keys while inactive', async () => {
    const ui = await drive(<TreeWalker tree={finalBase} isActive={false} />, { columns: 100, rows: 40 });
    await ui.press(keys.down, keys.enter, 'q');
    expect(ui.screen()).toContain('Does the program need a language runtime');
    expect(ui.screen()).not.toContain('q quit');
    ui.unmount();
  });

  it('starts after answers read from a Dockerfile and shows where they came from', async () => {
    const detections = { runtime: { answer: 'no', line: 5, because: 'it runs go build' } };
    const ui = await drive(<TreeWalker tree={finalBase} initialAnswers={['no']} detections={detections} />, { columns: 100, rows: 40 });
    const screen = await ui.waitFor('Is the binary statically linked');
    expect(screen).toContain('from line 5: it runs go build');
    ui.unmount();
  });
});

describe('TreeWalker at 40 columns (tree NAME in a narrow terminal)', () => {
  it('wraps at the terminal width: no line starts with a stray space, and the marker keeps its space', async () => {
    const ui = await drive(<TreeWalker tree={loadTree('multi-stage')!} />, { columns: 40, rows: 30 });
    const s = await ui.waitFor('❯');
    expect(s).not.toMatch(/^ \S/m);
    expect(s).toMatch(/^❯ \S/m);
    ui.unmount();
  });
});
