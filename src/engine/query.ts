// Kept for existing imports: every answer here now comes from the facts layer (./facts).
export { chain, rootImage, rootIsScratch, dependencies, directDependencies, stageByName, stageLabel } from './facts/stages';
export { effectiveUser } from './facts/users';
export { effectiveWorkdir } from './facts/paths';
export { installedPackages } from './facts/packages';
export { variableAt } from './facts/vars';
