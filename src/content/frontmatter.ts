// A tiny front-matter reader: `key: value` lines between `---` fences at the top of a
// Markdown file. Enough for the few fields the reference uses; no YAML needed.
export interface Parsed {
  fields: Record<string, string>;
  body: string;
}

export function parseFrontMatter(text: string): Parsed {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalised);
  if (!match) return { fields: {}, body: normalised };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0 || line.trimStart().startsWith('#')) continue;
    fields[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { fields, body: normalised.slice(match[0].length) };
}
