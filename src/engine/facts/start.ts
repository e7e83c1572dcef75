// What a stage runs when a container starts: ENTRYPOINT then CMD, through its chain.
import { chain } from './stages';
import type { Stage, StageModel } from '../types';

export function startCommand(model: StageModel, stage: Stage): string[] {
  const stages = chain(model, stage);
  const entrypoint = stages.find((s) => s.entrypoint)?.entrypoint ?? [];
  const cmd = stages.find((s) => s.cmd)?.cmd ?? [];
  return [...entrypoint, ...cmd];
}
