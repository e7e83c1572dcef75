// The Stage graph screen as state: the drawing (or why there is none) for a file and a target,
// which field is open, and the --target field's own state. Pure, tested without Ink.
import { buildModel } from '../../engine/model';
import { stageGraph, UnknownStageError } from '../../engine/graph';
import { drawGraph } from '../../content/graph-picture';

export type GraphMode = 'path' | 'target' | 'view';

export function graphMode(pathEditing: boolean, targetEditing: boolean): GraphMode {
  return pathEditing ? 'path' : targetEditing ? 'target' : 'view';
}

export interface Drawing {
  lines: string[];
  /** One line saying what to mend, or null. */
  problem: string | null;
  /** The problem is the target: the file has no stage of that name. */
  unknownTarget: boolean;
}

/** The drawing's lines, or one line saying what to mend (an unknown target names the stages). */
export function drawFile(text: string, file: string, target: string, color: boolean): Drawing {
  try {
    return { lines: drawGraph(stageGraph(buildModel(text), target || null), { color, file }), problem: null, unknownTarget: false };
  } catch (error) {
    if (error instanceof UnknownStageError) {
      return {
        lines: [],
        problem: `--target ${target}: no such stage (stages: ${error.stages.join(', ') || 'none named'})`,
        unknownTarget: true,
      };
    }
    return {
      lines: [],
      problem: `could not draw ${file}: ${error instanceof Error ? error.message : String(error)}`,
      unknownTarget: false,
    };
  }
}

/**
 * The --target field: the target the drawing is for (`applied`), whether the field is open, and
 * why the last target typed was refused. A refused target is never applied, so Esc gives back
 * the drawing and target from before the field opened.
 */
export interface TargetState {
  applied: string;
  editing: boolean;
  problem: string | null;
}

export type TargetAction =
  | { type: 'open' }
  /** `problem`: why `value` cannot be drawn (no such stage), or null to apply it. */
  | { type: 'submit'; value: string; problem: string | null }
  | { type: 'cancel' };

export const initialTargetState: TargetState = { applied: '', editing: false, problem: null };

export function targetReducer(state: TargetState, action: TargetAction): TargetState {
  switch (action.type) {
    case 'open':
      return { ...state, editing: true, problem: null };
    case 'submit':
      return action.problem
        ? { ...state, editing: true, problem: action.problem }
        : { applied: action.value, editing: false, problem: null };
    case 'cancel':
      return { ...state, editing: false, problem: null };
  }
}
