// `graph [FILE] [--target NAME]`: the stage graph drawn as text (the drawing is content/graph-picture).
import { buildModel } from '../../engine/model';
import { stageGraph, UnknownStageError, type GraphNode, type StageGraph } from '../../engine/graph';
import { didYouMean, didYouMeanHint } from '../../engine/did-you-mean';
import { drawGraph } from '../../content/graph-picture';
import { CliError, parseCommandArgs, readInput, write, type CliIO } from '../io';

export { drawGraph, type DrawOptions } from '../../content/graph-picture';

/** `graph --format json` as cli.md specifies: stages with parent, dependsOn, built, ships; the build's waves. */
export function graphJson(g: StageGraph, file: string): object {
  const dependsOn = (i: number) =>
    [...new Set(g.edges.flatMap((e) => (e.from === i && e.to.kind === 'stage' ? [e.to.stage] : [])))].sort((a, b) => a - b);
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
  const { values, positionals } = parseCommandArgs('graph', args, {
    target: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
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
