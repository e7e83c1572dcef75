// Stands in for node-emoji in the bundle (scripts/build.mjs aliases it here). marked-terminal
// imports it for `:smile:` shortcodes, which renderMarkdown turns off (emoji: false); the
// real module brings 213 KB of emoji data to start-up for nothing.
export function get(_name: string): string | undefined {
  return undefined;
}

export function emojify(text: string): string {
  return text;
}
