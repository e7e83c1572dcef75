// The decision-tree walker for the terminal. Importing this loads Ink; the `tree` command
// imports ./run lazily instead.
export { TreeWalker, type TreeWalkerProps } from './TreeWalker';
export { runTreeInteractive, type TreeRunResult } from './run';
