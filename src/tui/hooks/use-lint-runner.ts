// Runs lint off the input path. In the built app the engine runs in a worker thread, so a slow
// file never stops the keys (Ctrl-C, /, Esc) or the drawing; where there is no worker file (tests
// run the sources) it runs on a later turn of the event loop, after "linting…" is drawn. Either
// way an exception in the engine becomes an error panel, never an exit.
import { useEffect, useRef } from 'react';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { lint, type LintOptions } from '../../engine/lint';
import { activeSettings, lintOptionsFor } from '../../settings';
import { lintDay } from '../../content/lint-day';
import type { Finding } from '../../engine/types';
import type { LintAction } from '../state/use-lint-state';

type Reply = { id: number; findings: Finding[] } | { id: number; error: string };

/** dist/lint-worker.js beside the chunk this code is bundled into (dist/chunks/…), if it is there. */
function workerFile(): string | null {
  try {
    const file = fileURLToPath(new URL('../lint-worker.js', import.meta.url));
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** One worker for the screen's life; each lint has an id, and only the latest one's reply counts. */
class LintWorker {
  private worker: Worker | null = null;
  private next = 0;
  private waiting = new Map<number, (reply: Reply) => void>();

  constructor(private readonly file: string) {}

  run(text: string, options: LintOptions): Promise<Reply> {
    if (!this.worker) {
      this.worker = new Worker(this.file);
      // The app's exit must not wait for an idle worker.
      this.worker.unref();
      this.worker.on('message', (reply: Reply) => {
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
      });
      this.worker.on('error', (error) => this.failAll(error.message));
      this.worker.on('exit', () => {
        this.worker = null;
        this.failAll('the lint worker stopped');
      });
    }
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker!.postMessage({ id, text, options });
    });
  }

  private failAll(message: string) {
    for (const [id, resolve] of this.waiting) resolve({ id, error: message });
    this.waiting.clear();
  }

  stop() {
    void this.worker?.terminate();
    this.worker = null;
  }
}

function inProcess(text: string, options: LintOptions): Promise<Reply> {
  return new Promise((resolve) =>
    // A later turn, so the "linting…" frame and pending keys go first.
    setTimeout(() => {
      try {
        resolve({ id: 0, findings: lint(text, options).findings });
      } catch (error) {
        resolve({ id: 0, error: error instanceof Error ? error.message : String(error) });
      }
    }, 20),
  );
}

/** `env` decides the day end-of-life rules judge against (MULTISTAGE_TUTOR_TODAY, as in the CLI). */
export function useLintRunner(
  source: { path: string; text: string } | null,
  version: number,
  dispatch: (a: LintAction) => void,
  env: NodeJS.ProcessEnv,
  cwd: string,
) {
  const worker = useRef<LintWorker | null | undefined>(undefined);
  useEffect(() => () => worker.current?.stop(), []);
  useEffect(() => {
    if (!source) return;
    if (worker.current === undefined) {
      const file = workerFile();
      worker.current = file ? new LintWorker(file) : null;
    }
    let live = true;
    dispatch({ type: 'started', path: source.path });
    // As `lint` would judge this file: the day (MS023) and a team's settings file, when there is one.
    const today = lintDay(env);
    const options: LintOptions = { ...(lintOptionsFor(activeSettings(), resolve(cwd, source.path)) ?? {}), ...(today ? { today } : {}) };
    (worker.current ? worker.current.run(source.text, options) : inProcess(source.text, options)).then((reply) => {
      if (!live) return;
      if ('error' in reply) dispatch({ type: 'crashed', path: source.path, error: reply.error.split('\n')[0]! });
      else dispatch({ type: 'linted', path: source.path, text: source.text, findings: reply.findings });
    });
    return () => {
      live = false;
    };
  }, [source, version]);
}
