// Exercise list and exercise screen: status, task, goals, findings, hints, pass, reset, editor, watch.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../src/tui/app';
import { listExercises, Workspace } from '../src/exercises';
import { drive, fits, keys, type Driven } from './tui-harness';

// Record whether raw mode was on at the moment the editor started.
const editorCalls: { rawMode: boolean | null }[] = [];
let rawMode: boolean | null = null;
vi.mock('../src/tui/editor', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/tui/editor')>();
  return {
    ...real,
    runEditor: (editor: string, file: string, env: NodeJS.ProcessEnv) => {
      editorCalls.push({ rawMode });
      return real.runEditor(editor, file, env);
    },
  };
});

const exercises = listExercises();
const first = exercises[0]!;
const roots: string[] = [];
let home = '';
let current: Driven | null = null;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'tui-ex-'));
  roots.push(home);
});
afterEach(() => {
  current?.unmount();
  current = null;
});
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function openExercise(id: string, env: NodeJS.ProcessEnv = {}, columns = 100, rows = 30) {
  const d = await drive(
    <App
      color={false}
      env={{ env: { MULTISTAGE_TUTOR_HOME: home, MULTISTAGE_TUTOR_TODAY: 'off', PATH: process.env.PATH, ...env }, cwd: home }}
      initial={[{ name: 'home' }, { name: 'exercises' }, { name: 'exercise', id }]}
    />,
    { columns, rows },
  );
  current = d;
  const stdin = d.stdin as unknown as { setRawMode: (on: boolean) => void };
  const original = stdin.setRawMode.bind(stdin);
  stdin.setRawMode = (on: boolean) => {
    rawMode = on;
    original(on);
  };
  await d.waitFor(/not yet|PASSED/);
  return d;
}
const copyPath = (id: string) => join(home, 'exercises', id, 'Dockerfile');

describe('exercise list', () => {
  it('lists every exercise with its status and the count done', async () => {
    const ws = new Workspace({ home });
    await ws.recordCheck(exercises[1]!.id, { passed: true });
    await ws.openWorkingCopy(exercises[2]!.id);
    const d = await drive(<App color={false} env={{ env: { MULTISTAGE_TUTOR_HOME: home, MULTISTAGE_TUTOR_TODAY: 'off' }, cwd: home }} />, {
      columns: 100,
      rows: 30,
    });
    current = d;
    await d.waitFor(`1/${exercises.length} done`);
    await d.press('3');
    await d.waitFor('✓ done');
    const s = d.screen();
    expect(s).toContain(`1/${exercises.length} done`);
    expect(s).toMatch(new RegExp(`${exercises[1]!.id}.*✓ done`));
    expect(s).toMatch(new RegExp(`${exercises[2]!.id}.*… in progress`));
    expect(s).toMatch(new RegExp(`${first.id}.*· new`));
    // the first exercise not done is selected; Enter opens it
    expect(s).toMatch(new RegExp(`› +1\\. ${first.id}`));
    await d.press(keys.enter);
    // The list shows titles too: wait for the exercise screen's own breadcrumb and verdict.
    await d.waitFor((s) => s.includes(`Exercises › ${first.id}`) && /not yet|PASSED/.test(s));
    expect(d.screen()).toContain(first.title);
  });

  it('fits 60×20 with the long list', async () => {
    const d = await drive(
      <App
        color={false}
        env={{ env: { MULTISTAGE_TUTOR_HOME: home, MULTISTAGE_TUTOR_TODAY: 'off' }, cwd: home }}
        initial={[{ name: 'home' }, { name: 'exercises' }]}
      />,
      { columns: 60, rows: 20 },
    );
    current = d;
    await d.waitFor('done');
    await d.press('G');
    expect(d.screen()).toContain(exercises[exercises.length - 1]!.id);
    expect(fits(d.screen(), 60, 20)).toBe(true);
  });
});

describe('exercise screen', () => {
  it('creates the working copy and shows the task, the goals as a checklist and the findings with source lines', async () => {
    const d = await openExercise(first.id);
    expect(readFileSync(copyPath(first.id), 'utf8')).toBe(first.start);
    const s = d.screen();
    expect(s).toContain(first.title);
    expect(s).toContain('✗ not yet');
    expect(s).toContain('Goals');
    expect(s).toMatch(/^[✓✗] /m);
    await d.press('G');
    expect(d.screen()).toMatch(/Findings/);
    expect(d.screen()).toMatch(/^\s+\d+ │ /m);
  });

  it('h shows the hints one at a time, and says when there are no more', async () => {
    const d = await openExercise(first.id);
    await d.press('h');
    await d.waitFor(`Hint 1/${first.hints.length}`);
    expect(d.screen()).not.toContain('Hint 2/');
    for (let i = 1; i < first.hints.length; i++) await d.press('h');
    await d.press('G');
    await d.waitFor(`Hint ${first.hints.length}/${first.hints.length}`);
    await d.press('h');
    await d.waitFor('no more hints');
    expect(new Workspace({ home }).entry(first.id).hintsShown).toBe(first.hints.length);
  });

  it('passes when the solution is saved from outside, records it, and only then reveals the solution', async () => {
    const d = await openExercise(first.id);
    await d.press('s');
    await d.waitFor('the solution opens once your answer passes');
    writeFileSync(copyPath(first.id), first.solution);
    await d.waitFor('✓ PASSED', 1000);
    await d.waitFor('recorded in your progress');
    expect(new Workspace({ home }).status(first.id)).toBe('passed');
    await d.press('s');
    await d.press('G');
    await d.waitFor('Reference solution');
  });

  it('r asks first: n keeps the edits, y puts the broken start back', async () => {
    const d = await openExercise(first.id);
    writeFileSync(copyPath(first.id), first.solution);
    await d.waitFor('✓ PASSED', 1500);
    await d.press('r');
    await d.waitFor('Your edits are lost. y / n');
    await d.press('n');
    await d.waitFor('nothing reset');
    expect(readFileSync(copyPath(first.id), 'utf8')).toBe(first.solution);
    await d.press('r');
    await d.press('y');
    await d.waitFor('reset to the broken start');
    await d.waitFor('✗ not yet');
    expect(readFileSync(copyPath(first.id), 'utf8')).toBe(first.start);
  });

  it('a working copy deleted while the screen is open is said to be missing, not judged; r puts the start file back', async () => {
    const d = await openExercise(first.id);
    rmSync(copyPath(first.id));
    const s = await d.waitFor('your working copy is missing');
    expect(s).toContain('press r to put the start file back');
    expect(s).not.toMatch(/no stage yet|\d+\/\d+ goals/);
    // Nothing to lose: r does not ask.
    await d.press('r');
    await d.waitFor('reset to the broken start');
    await d.waitFor(/✗ not yet: \d+\/\d+ goals/);
    expect(d.screen()).not.toContain('missing');
    expect(readFileSync(copyPath(first.id), 'utf8')).toBe(first.start);
  });

  it('n goes to the next exercise; q back to the list shows the new status', async () => {
    const d = await openExercise(first.id);
    writeFileSync(copyPath(first.id), first.solution);
    await d.waitFor('recorded in your progress', 1500);
    await d.press('n');
    await d.waitFor(exercises[1]!.title);
    await d.press('q');
    await d.waitFor(new RegExp(`${first.id}.*✓ done`));
  });

  it('e opens $VISUAL with raw mode off, then re-checks on return', async () => {
    const solution = join(home, 'solution.Dockerfile');
    writeFileSync(solution, first.solution);
    editorCalls.length = 0;
    const d = await openExercise(first.id, { VISUAL: `cp ${solution}` });
    await d.press('e');
    await d.waitFor('✓ PASSED');
    expect(d.screen()).toContain('back from cp');
    expect(editorCalls).toEqual([{ rawMode: false }]);
    // keys work again afterwards
    await d.press('?');
    await d.waitFor('Keys: Exercise');
  });

  it('o opens the reference section the exercise teaches', async () => {
    const d = await openExercise(first.id);
    await d.press('o');
    await d.waitFor(`${first.sections[0]} · `);
    await d.press('q');
    await d.waitFor((s) => !s.includes('› Reference') && s.includes(first.title));
  });

  it('says so when the editor cannot start', async () => {
    const d = await openExercise(first.id, { VISUAL: 'no-such-editor-xyz' });
    await d.press('e');
    await d.waitFor('no-such-editor-xyz: command not found');
  });

  it('the status line shortens a long path (~, then … in the middle) so where the view is always shows', async () => {
    // The working copy where it is by default: under the home folder's .local/share.
    const userHome = join(home, 'users', 'a-rather-long-name-for-a-home-folder');
    const env = { HOME: userHome, MULTISTAGE_TUTOR_HOME: join(userHome, '.local', 'share', 'multistage-tutor') };
    const status = (s: string) => s.trimEnd().split('\n').at(-2)!;
    for (const [columns, rows] of [
      [100, 30],
      [60, 20],
      [40, 12],
    ] as const) {
      const d = await openExercise(first.id, env, columns, rows);
      const shown = status(await d.waitFor((s) => / · lines 1–\d+ of \d+$/.test(status(s))));
      expect(shown, `${columns}×${rows}`).toMatch(/^(file|your copy): ~\//);
      expect(shown).toContain('Dockerfile');
      expect([...shown].length).toBeLessThanOrEqual(columns);
      await d.press('j');
      await d.waitFor((s) => / · lines 2–\d+ of \d+$/.test(status(s)));
      d.unmount();
      current = null;
    }
  });

  it('fits 60×20', async () => {
    const d = await openExercise(first.id, {}, 60, 20);
    expect(fits(d.screen(), 60, 20)).toBe(true);
    await d.press('h', 'G');
    expect(fits(d.screen(), 60, 20)).toBe(true);
  });
});
