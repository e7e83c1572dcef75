// The Exercise screen's keys (the key table's `exercise` modes): commands on the working copy, and
// the reset question.
import { useBindings } from '../keys';

export interface ExerciseCommands {
  edit(): void;
  check(): void;
  hint(): void;
  askReset(): void;
  next(): void;
  section(): void;
  solution(): void;
  confirmReset(): void;
  keep(): void;
}

export function useExerciseInput(mode: 'main' | 'confirm', active: boolean, ready: boolean, c: ExerciseCommands) {
  useBindings(
    'exercise',
    'main',
    { edit: c.edit, check: c.check, hint: c.hint, reset: c.askReset, next: c.next, section: c.section, solution: c.solution },
    active && mode === 'main' && ready,
  );
  useBindings('exercise', 'confirm', { yes: c.confirmReset, no: c.keep }, active && mode === 'confirm');
}
