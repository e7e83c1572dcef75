// The stage graph drawn as text lines: what `graph FILE` prints and the TUI's Stage graph screen
// scrolls. Below both front ends, so neither imports the other.
import type { GraphEdge, GraphNode, StageGraph } from '../engine/graph';

export interface DrawOptions {
  /** Bold names and dim notes through ANSI; false gives plain text. */
  color?: boolean;
  /** How the file is called in the heading. */
  file?: string;
}

const bold = (on: boolean, s: string) => (on ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (on: boolean, s: string) => (on ? `\x1b[2m${s}\x1b[22m` : s);

function baseText(g: StageGraph, node: GraphNode): string {
  const b = node.base;
  const platform = node.platform ? ` (--platform=${node.platform})` : '';
  if (b.kind === 'stage') return `FROM ${g.nodes[b.stage]!.label}${platform}`;
  if (b.kind === 'scratch') return `scratch${platform}`;
  if (b.kind === 'image') return `${b.image.resolved}${platform}`;
  return `${b.raw || '(no image)'}${platform}`;
}

function edgeText(edge: GraphEdge): string {
  if (edge.via === 'from') return `FROM (line ${edge.line})`;
  if (edge.via === 'copy') return `COPY --from=${edge.raw} (line ${edge.line})`;
  return `RUN --mount from=${edge.raw} (line ${edge.line})`;
}

function listNames(g: StageGraph, set: Iterable<number>): string {
  return [...set].sort((a, b) => a - b).map((i) => g.nodes[i]!.label).join(', ');
}

/** The graph as lines: a heading, the dependency tree from each shipped stage down, then the build steps. */
export function drawGraph(g: StageGraph, opts: DrawOptions = {}): string[] {
  const color = opts.color ?? false;
  const lines: string[] = [];
  const file = opts.file ?? 'Dockerfile';
  if (g.nodes.length === 0) return [`${file}: no stage (no FROM line), nothing to draw`];

  const plural = g.nodes.length === 1 ? 'stage' : 'stages';
  lines.push(`${file}: ${g.nodes.length} ${plural}`);
  const lastLabel = g.nodes[g.last!]!.label;
  lines.push(`docker build (no --target) builds ${g.plainBuild.size}: ${listNames(g, g.plainBuild)}; ships ${lastLabel}`);
  if (g.target) {
    const label = g.nodes[g.final!]!.label;
    lines.push(`docker build --target ${g.target} builds ${g.built.size}: ${listNames(g, g.built)}; ships ${label}`);
  }
  if (g.targetOnly.size > 0) {
    lines.push(`only built with --target: ${listNames(g, g.targetOnly)}`);
  }
  lines.push('');

  const tag = (i: number): string => {
    const notes: string[] = [];
    if (i === g.final) notes.push('ships');
    if (!g.built.has(i)) notes.push(g.targetOnly.has(i) ? `--target ${g.nodes[i]!.label} only` : 'skipped');
    return notes.length > 0 ? `  ${dim(color, `[${notes.join(', ')}]`)}` : '';
  };
  const nodeText = (i: number) => `${bold(color, g.nodes[i]!.label)}  ${baseText(g, g.nodes[i]!)}${tag(i)}`;

  const drawn = new Set<number>();
  const walk = (i: number, prefix: string) => {
    drawn.add(i);
    const out = g.edges.filter((e) => e.from === i);
    out.forEach((edge, k) => {
      const lastEdge = k === out.length - 1;
      const branch = lastEdge ? '└─ ' : '├─ ';
      const next = prefix + (lastEdge ? '   ' : '│  ');
      if (edge.to.kind === 'stage') {
        const to = edge.to.stage;
        if (drawn.has(to)) {
          lines.push(`${prefix}${branch}${edgeText(edge)} → ${bold(color, g.nodes[to]!.label)} ${dim(color, '(above)')}`);
        } else {
          lines.push(`${prefix}${branch}${edgeText(edge)} → ${nodeText(to)}`);
          walk(to, next);
        }
      } else {
        const what = edge.to.kind === 'image' ? `image ${edge.to.image.resolved}` : 'scratch';
        lines.push(`${prefix}${branch}${edgeText(edge)} → ${what}`);
      }
    });
  };
  // Roots are the stages no other stage needs: the shipped one first, then the rest in file order.
  const needed = new Set(g.edges.flatMap((e) => (e.to.kind === 'stage' ? [e.to.stage] : [])));
  const roots = g.nodes.map((n) => n.index).filter((i) => !needed.has(i) || i === g.final);
  roots.sort((a, b) => (a === g.final ? -1 : b === g.final ? 1 : a - b));
  for (const root of roots) {
    if (drawn.has(root) && root !== g.final) continue;
    lines.push(nodeText(root));
    walk(root, '');
  }

  lines.push('');
  lines.push(`BuildKit's order for ${g.target ? `--target ${g.target}` : 'a plain build'} (stages on one line build at the same time):`);
  g.steps.forEach((step, k) => {
    lines.push(`  ${k + 1}. ${step.map((i) => g.nodes[i]!.label).join(' · ')}${step.length > 1 ? dim(color, '   (in parallel)') : ''}`);
  });
  return lines;
}
