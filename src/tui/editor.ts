// Which editor to open and how: $VISUAL, then $EDITOR, else nano, else vi; run with the terminal handed over.
import { spawnSync } from 'node:child_process';

function hasCommand(name: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { env, stdio: 'ignore' }).status === 0;
}

export function pickEditor(env: NodeJS.ProcessEnv, has: (name: string) => boolean = (n) => hasCommand(n, env)): string {
  const chosen = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (chosen) return chosen;
  return has('nano') ? 'nano' : 'vi';
}

/**
 * Runs the editor on `file` and waits. Synchronous on purpose: while it runs, Node reads nothing
 * from the terminal, so no key meant for the editor reaches the app. The editor value may carry
 * arguments (`code --wait`), so the shell splits it; the file goes in as "$1", never re-parsed.
 */
export function runEditor(editor: string, file: string, env: NodeJS.ProcessEnv): { ok: boolean; message?: string } {
  const result = spawnSync('sh', ['-c', `${editor} "$1"`, 'multistage-tutor-editor', file], { stdio: 'inherit', env });
  if (result.error) return { ok: false, message: `could not start ${editor}: ${result.error.message}` };
  if (result.status === 127) return { ok: false, message: `${editor}: command not found (set $VISUAL or $EDITOR)` };
  return { ok: true };
}
