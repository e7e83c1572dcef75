// Opens the tutor full screen: alternate screen buffer and bracketed paste in, Ink app, and the
// terminal handed back as it was, with no key or paste of the user's left over for the shell.
import type { Instance } from 'ink';
import type { DockerfileFiles, Terminal } from './terminal';
import { paceInput } from './paced-input';
import { importInk } from './load-ink';

const ENTER_ALT = '\x1b[?1049h\x1b[2J\x1b[H';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const HIDE_CURSOR = '\x1b[?25l';
// The terminal wraps a paste in ESC[200~ … ESC[201~, so a paste is told apart from typing.
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';

/** `settingsProblem`: why the settings file could not be used (the Lint screen says so), or null. */
export async function start(
  io: Terminal,
  files: DockerfileFiles,
  { settingsProblem = null }: { settingsProblem?: string | null } = {},
): Promise<number> {
  const [{ render }, { App }] = await loadInk();
  const stdout = io.stdout as NodeJS.WriteStream;
  const stdin = io.stdin as NodeJS.ReadStream;
  stdout.write(ENTER_ALT + PASTE_ON);

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (stdin.isTTY) stdin.setRawMode?.(false);
    stdout.write(PASTE_OFF + SHOW_CURSOR + LEAVE_ALT);
  };
  // However the process ends, the user's screen and scrollback come back.
  process.once('exit', restore);
  let instance: Instance | null = null;
  const quit = () => instance?.unmount();
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, quit);

  // An editor leaves its own alternate screen on exit, which drops ours: take it back and repaint.
  const afterSuspend = () => {
    stdout.write(ENTER_ALT + PASTE_ON + HIDE_CURSOR);
    instance?.clear();
  };

  const pacer = paceInput(stdin);
  instance = render(
    <App
      color={io.color}
      env={{ env: io.env, cwd: io.cwd, ...files, settingsProblem }}
      afterSuspend={afterSuspend}
      inputGate={pacer}
      pastes={pacer}
      onQuit={() => pacer.drop()}
    />,
    {
      stdout,
      stdin,
      stderr: io.stderr as NodeJS.WriteStream,
      // The app handles Ctrl-C itself (quitting from every screen) so it can be tested like any key.
      exitOnCtrlC: false,
      onRender: () => pacer.settled(),
      patchConsole: false,
    },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, quit);
    pacer.drop();
    pacer.undo();
    await swallowTypeahead(stdin);
    restore();
    process.off('exit', restore);
  }
  return 0;
}

/**
 * Keys and paste still arriving when the app quits belong to the app, not to the shell the user
 * returns to: read and drop them until the terminal has been quiet a moment (at most a second).
 */
async function swallowTypeahead(stdin: NodeJS.ReadStream): Promise<void> {
  if (!stdin.isTTY) return;
  stdin.setRawMode?.(true);
  let last = Date.now();
  const started = last;
  const onData = () => {
    last = Date.now();
  };
  stdin.on('data', onData);
  stdin.resume();
  while (Date.now() - last < 60 && Date.now() - started < 1000) await new Promise((r) => setTimeout(r, 15));
  stdin.off('data', onData);
  stdin.pause();
}

async function loadInk() {
  return Promise.all([importInk(), import('./app')]);
}
