// The Stage graph screen as state: the drawing (or why there is none) for a file and a target,
// and which field is open. Pure, tested without Ink.
import { buildModel } from '../../engine/model';
import { stageGraph, UnknownStageError } from '../../engine/graph';
import { drawGraph } from '../../content/graph-picture';

export type GraphMode = 'path' | 'target' | 'view';

export function graphMode(pathEditing: boolean, targetEditing: boolean): GraphMode {
  return pathEditing ? 'path' : targetEditing ? 'target' : 'view';
}

/** The drawing's lines, or one line saying what to mend (an unknown target names the stages). */
export function drawFile(text: string, file: string, target: string, color: boolean): { lines: string[]; problem: string | null } {
  try {
    return { lines: drawGraph(stageGraph(buildModel(text), target || null), { color, file }), problem: null };
  } catch (error) {
    if (error instanceof UnknownStageError) {
      return { lines: [], problem: `--target ${target}: no such stage (stages: ${error.stages.join(', ') || 'none named'})` };
    }
    return { lines: [], problem: `could not draw ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
