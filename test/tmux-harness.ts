// The built bin in a real terminal (tmux): a session per run, keys, bracketed pastes, the screen.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(__dirname, '..');
/** The bin under test; TUI_E2E_BIN points at another build (e.g. the last release, to see a test fail there first). */
export const bin = process.env.TUI_E2E_BIN ?? join(root, 'dist', 'cli.js');
export const hasTmux = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

export function tmux(...args: string[]): string {
  const r = spawnSync('tmux', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/**
 * `npm test` builds before vitest runs. Build again only when dist/ is missing or older than src/:
 * the build empties dist/ first, which would pull the bin from under other test files running now.
 */
export function ensureBuilt() {
  if (process.env.TUI_E2E_BIN) return;
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  if (existsSync(bin) && statSync(bin).mtimeMs >= newest(join(root, 'src'))) return;
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stderr}`);
}

let made = 0;

export interface Session {
  name: string;
  screen(): string;
  keys(...k: string[]): void;
  literal(text: string): void;
  /** Pastes as a terminal does: bracketed when the app asked for it (tmux paste-buffer -p). */
  paste(text: string): void;
  resize(columns: number, rows: number): void;
  waitFor(test: string | RegExp | ((s: string) => boolean), timeout?: number): Promise<string>;
  kill(): void;
}

/**
 * Runs the tutor in `cwd` at the size given, inside a shell script that prints a marker before,
 * the exit code after, and then what is left unread on the terminal (keys that would reach the shell).
 */
export function startTutor(home: string, cwd: string, size: { columns: number; rows: number }, env: Record<string, string> = {}): Session {
  const name = `tui-e2e-${process.pid}-${++made}`;
  const script = join(home, `${name}.sh`);
  const vars = Object.entries({ MULTISTAGE_TUTOR_HOME: home, HOME: home, ...env })
    .map(([k, v]) => `${k}='${v}'`)
    .join(' ');
  writeFileSync(
    script,
    [
      `cd '${cwd}'`,
      'echo BEFORE-THE-TUTOR',
      `${vars} node '${bin}'`,
      'echo "EXITED:$?"',
      // Whatever the terminal still holds would run in the user's shell: read it for one second.
      'stty -icanon min 0 time 10; LEFT=$(dd bs=4096 count=1 2>/dev/null | od -An -c | tr -s " \\n" " "); echo "LEFTOVER:[$LEFT]"',
      'sleep 600',
    ].join('\n'),
  );
  const args = ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), `sh '${script}'`];
  // Killing the last session stops the server; a session started while it stops is refused once.
  if (spawnSync('tmux', args).status !== 0) tmux(...args);
  const screen = () => tmux('capture-pane', '-p', '-t', name);
  return {
    name,
    screen,
    keys: (...k) => void tmux('send-keys', '-t', name, ...k),
    literal: (text) => void tmux('send-keys', '-t', name, '-l', text),
    paste: (text) => {
      tmux('set-buffer', '-b', name, text);
      tmux('paste-buffer', '-p', '-d', '-b', name, '-t', name);
    },
    resize: (columns, rows) => void tmux('resize-window', '-t', name, '-x', String(columns), '-y', String(rows)),
    async waitFor(test, timeout = 8000) {
      const ok = typeof test === 'function' ? test : (s: string) => (typeof test === 'string' ? s.includes(test) : test.test(s));
      const until = Date.now() + timeout;
      for (;;) {
        const s = screen();
        if (ok(s)) return s;
        if (Date.now() > until) throw new Error(`timed out waiting for ${String(test)}; screen:\n${s}`);
        await new Promise((r) => setTimeout(r, 40));
      }
    },
    kill: () => void spawnSync('tmux', ['kill-session', '-t', name]),
  };
}
