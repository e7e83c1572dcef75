// The one way into the TUI from the CLI, imported lazily (so piped commands never load Ink):
// the full-screen app, and the decision-tree walker `tree NAME` runs on its own.
export { start } from './start';
export { runTreeInteractive, type TreeRunResult } from './tree/run';
export type { Terminal, ReadDockerfile, DockerfileFiles } from './terminal';
