// The facts layer: every question the program asks about a Dockerfile, answered once per model
// (computed on first ask, memoised). Rules, exercise goals, tree detectors and the graph read
// these; no other module works a fact out on its own.
export * from './stages';
export * from './images';
export * from './families';
export * from './packages';
export * from './builds';
export * from './dependencies';
export * from './users';
export * from './copies';
export * from './paths';
export * from './vars';
export * from './start';
export * from './shell';
export * from './apt';
export { classifyImage, heavyBaseAdvice, tagParts, type ImageClass, type Libc, type Language } from '../images';
export { normaliseImageName } from '../image';
export * from './libc';
export * from './frontend';
export * from './healthcheck';
export * from './xx';
