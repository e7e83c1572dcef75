// Variables a stage sees: ENV and ARG through the chain, global ARGs in scope.
import type { Command, Instruction, Stage, StageModel } from '../types';
import { assignments } from '../vars';
import { chain } from './stages';

/**
 * The value a RUN at `instruction` sees for variable `name`: ENV (which BuildKit lets win over
 * ARG) or ARG, set earlier in the stage or anywhere in its chain. Undefined when unset.
 * Inline `NAME=value` prefixes are the command's own (Command.env) and not looked at here.
 */
export function variableAt(model: StageModel, stage: Stage, instruction: Instruction | null, name: string): string | undefined {
  let env: string | undefined;
  let arg: string | undefined;
  for (const s of chain(model, stage).slice().reverse()) {
    for (const current of s.instructions) {
      if (s === stage && current === instruction) break;
      if (current.keyword !== 'ENV' && current.keyword !== 'ARG') continue;
      for (const [key, value] of assignments(current.keyword, current.args.map((w) => w.value))) {
        if (key !== name) continue;
        if (current.keyword === 'ENV') env = value ?? '';
        else arg = value ?? s.args.get(name) ?? arg;
      }
    }
  }
  return env ?? arg;
}

/** The value a command sees: its inline prefix, an `export` earlier in its RUN, else ENV/ARG in force. */
export function commandVariable(model: StageModel, stage: Stage, command: Command, name: string): string | undefined {
  const inline = command.env[name];
  if (inline !== undefined) return inline;
  let exported: string | undefined;
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.instruction !== command.instruction || c.program !== 'export') continue;
    for (const word of c.argv.slice(1)) if (word.startsWith(name + '=')) exported = word.slice(name.length + 1);
  }
  return exported ?? variableAt(model, stage, command.instruction, name);
}

/** Names an instruction declares with ARG or sets with ENV. */
export function declaredNames(instruction: Instruction): string[] {
  if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') return [];
  return assignments(instruction.keyword, instruction.args.map((w) => w.value)).map(([name]) => name);
}
