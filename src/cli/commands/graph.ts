// `graph [FILE] [--target NAME]`: the stage graph drawn as text. drawGraph is shared with the TUI.
import { buildModel } from '../../engine/model';
import { stageGraph, UnknownStageError, type GraphEdge, type GraphNode, type StageGraph } from '../../engine/graph';
import { didYouMean, didYouMeanHint } from '../../engine/did-you-mean';
import { CliError, parseCommandArgs, readInput, write, type CliIO } from '../io';

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

/** `graph --format json` as cli.md specifies: stages with parent, dependsOn, built, ships; the build's waves. */
export function graphJson(g: StageGraph, file: string): object {
  const dependsOn = (i: number) => [...new Set(g.edges.flatMap((e) => (e.from === i && e.to.kind === 'stage' ? [e.to.stage] : [])))].sort((a, b) => a - b);
  return {
    file,
    target: g.target,
    stages: g.nodes.map((node) => ({
      index: node.index,
      name: node.name,
      line: node.line,
      base: baseName(g, node),
      parent: node.base.kind === 'stage' ? node.base.stage : null,
      dependsOn: dependsOn(node.index),
      built: g.built.has(node.index),
      ships: node.index === g.final,
    })),
    waves: g.steps,
  };
}

/** What a stage starts from, in one string: the image as resolved, `scratch`, or the stage's label. */
function baseName(g: StageGraph, node: GraphNode): string {
  const b = node.base;
  if (b.kind === 'stage') return g.nodes[b.stage]!.label;
  if (b.kind === 'scratch') return 'scratch';
  if (b.kind === 'image') return b.image.resolved;
  return b.raw;
}

const FORMATS = ['text', 'json'];

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('graph', args, { target: { type: 'string' }, format: { type: 'string', default: 'text' } });
  if (!FORMATS.includes(values.format!)) throw new CliError(`graph: --format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
  if (positionals.length > 1) throw new CliError(`graph: one FILE at a time (got ${positionals.length})`);
  const path = positionals[0] ?? 'Dockerfile';
  const input = await readInput(path, io);
  if ('error' in input) throw new CliError(`graph: ${input.error}`);
  const text = input.text;
  let graph: StageGraph;
  try {
    graph = stageGraph(buildModel(text), values.target ?? null);
  } catch (error) {
    if (error instanceof UnknownStageError) {
      const known = error.stages.length > 0 ? `stages: ${error.stages.join(', ')}` : 'the file names no stage';
      const hint = didYouMeanHint(didYouMean(error.target, error.stages));
      throw new CliError(`graph: --target ${error.target} names no stage of ${path} (${hint}${known})`);
    }
    throw error;
  }
  if (values.format === 'json') write(io.stdout, JSON.stringify(graphJson(graph, input.name)));
  else write(io.stdout, drawGraph(graph, { color: io.color, file: input.name }).join('\n'));
  return 0;
}
