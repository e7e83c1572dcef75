// Opens the tutor full screen: alternate screen buffer in, Ink app, and the terminal handed back as it was.
import type { Instance } from 'ink';
import type { CliIO } from '../cli/io';
import { paceInput } from './paced-input';
import { importInk } from './load-ink';

const ENTER_ALT = '\x1b[?1049h\x1b[2J\x1b[H';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const HIDE_CURSOR = '\x1b[?25l';

export async function start(io: CliIO): Promise<number> {
  const [{ render }, { App }] = await loadInk();
  const stdout = io.stdout as NodeJS.WriteStream;
  const stdin = io.stdin as NodeJS.ReadStream;
  stdout.write(ENTER_ALT);

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (stdin.isTTY) stdin.setRawMode?.(false);
    stdout.write(SHOW_CURSOR + LEAVE_ALT);
  };
  // However the process ends, the user's screen and scrollback come back.
  process.once('exit', restore);
  let instance: Instance | null = null;
  const quit = () => instance?.unmount();
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, quit);

  // An editor leaves its own alternate screen on exit, which drops ours: take it back and repaint.
  const afterSuspend = () => {
    stdout.write(ENTER_ALT + HIDE_CURSOR);
    instance?.clear();
  };

  const pacer = paceInput(stdin);
  instance = render(<App color={io.color} env={{ env: io.env, cwd: io.cwd }} afterSuspend={afterSuspend} inputGate={pacer} />, {
    stdout,
    stdin,
    stderr: io.stderr as NodeJS.WriteStream,
    // The app handles Ctrl-C itself (quitting from every screen) so it can be tested like any key.
    exitOnCtrlC: false,
    onRender: () => pacer.settled(),
    patchConsole: false,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, quit);
    pacer.undo();
    restore();
    process.off('exit', restore);
  }
  return 0;
}

async function loadInk() {
  return Promise.all([importInk(), import('./app')]);
}
