// `tree NAME` on a terminal: the walker on its own (not full screen). Ink and React are
// imported here, when the walk starts, so a piped `tree` never loads them.
import type { Detection, Tree } from '../../content';
import type { Terminal } from '../terminal';
import { importInk } from '../load-ink';
import { paceInput } from '../paced-input';

export interface TreeRunResult {
  /** The reference section the user asked to read at the end, if any. */
  openSection?: string;
  /** The next tree the user asked to walk, if any. */
  openTree?: string;
}

export async function runTreeInteractive(
  tree: Tree,
  io: Terminal,
  options: { initialAnswers?: string[]; detections?: Record<string, Detection> } = {},
): Promise<TreeRunResult> {
  const [{ render }, { TreeWalker }, { ThemeContext, makeTheme }] = await Promise.all([
    importInk(),
    import('./TreeWalker'),
    import('../theme'),
  ]);
  let result: TreeRunResult = {};
  // Keys that arrive in one read (typed fast, pasted, sent by a script) go one at a time, each
  // once the walker has drawn what the one before did, as in the full-screen app.
  const pacer = paceInput(io.stdin as NodeJS.ReadStream);
  const instance = render(
    <ThemeContext.Provider value={makeTheme(io.color)}>
      <TreeWalker
        tree={tree}
        initialAnswers={options.initialAnswers}
        detections={options.detections}
        onOpenSection={(openSection) => {
          result = { openSection };
          instance.unmount();
        }}
        onOpenTree={(openTree) => {
          result = { openTree };
          instance.unmount();
        }}
        onExit={() => instance.unmount()}
      />
    </ThemeContext.Provider>,
    {
      stdout: io.stdout as NodeJS.WriteStream,
      stdin: io.stdin as NodeJS.ReadStream,
      stderr: io.stderr as NodeJS.WriteStream,
      onRender: () => pacer.settled(),
    },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    // Keys typed after the walk ends belong to the shell, not to a reader that is gone.
    pacer.drop();
    pacer.undo();
  }
  return result;
}
