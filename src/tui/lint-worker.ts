// The Lint screen's engine, in a worker thread (dist/lint-worker.js): however long a file takes,
// the app keeps reading keys (Ctrl-C, Esc, another path) and drawing. One message in (the text),
// one out (the findings, or the engine's error as a line).
import { parentPort } from 'node:worker_threads';
import { lint, type LintOptions } from '../engine/lint';

parentPort?.on('message', (message: { id: number; text: string; options: LintOptions }) => {
  try {
    parentPort!.postMessage({ id: message.id, findings: lint(message.text, message.options).findings });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
