// Code fence info strings of the reference: ```dockerfile, ```dockerfile bad=MS003,MS002
// (a bad example: lint must report exactly these rules), ```dockerfile fragment
// (not a whole file: not linted).
export interface CodeInfo {
  language: string;
  bad: string[];
  fragment: boolean;
}

export function parseCodeInfo(info: string): CodeInfo {
  const [language = '', ...rest] = info.trim().split(/\s+/);
  const result: CodeInfo = { language: language.toLowerCase(), bad: [], fragment: false };
  for (const part of rest) {
    if (part === 'fragment') result.fragment = true;
    else if (part.startsWith('bad=')) result.bad = part.slice(4).split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  }
  return result;
}

export interface CodeBlock extends CodeInfo {
  code: string;
  /** 1-based line of the opening fence in the Markdown. */
  line: number;
}

/** Fenced code blocks of a Markdown text, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.startsWith(fence); j++) body.push(lines[j]!);
    blocks.push({ ...parseCodeInfo(open[2]!), code: body.join('\n') + '\n', line: i + 1 });
    i = j;
  }
  return blocks;
}
