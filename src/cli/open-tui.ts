// The CLI's one door into the TUI: a lazy import, so plain and piped commands never load Ink or React.
export const loadTui = () => import('../tui/entry');
