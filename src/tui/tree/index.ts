// The decision-tree walker for the terminal. Importing this loads Ink; the `tree` command
// goes through tui/entry lazily instead.
export { TreeWalker, type TreeWalkerProps } from './TreeWalker';
export { runTreeInteractive, type TreeRunResult } from './run';
