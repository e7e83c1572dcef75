// `graph [FILE] [--target NAME]`: the stage graph drawn as text (the drawing is content/graph-picture).
import { buildModel } from '../../engine/model';
import { stageGraph, UnknownStageError, type StageGraph } from '../../engine/graph';
import { didYouMean, didYouMeanHint } from '../../engine/did-you-mean';
import { drawGraph } from '../../content/graph-picture';
import { CliError, parseCommandArgs, readInput, write, type CliIO } from '../io';

export { drawGraph, type DrawOptions } from '../../content/graph-picture';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('graph', args, { target: { type: 'string' } });
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
  write(io.stdout, drawGraph(graph, { color: io.color, file: input.name }).join('\n'));
  return 0;
}
