// The facts layer: one function per fact about a Dockerfile's stage model, read by the rules,
// the exercise goals, the decision trees and the graph alike.
export * from './builds';
export * from './copies';
export * from './dependencies';
export * from './families';
export * from './packages';
export * from './paths';
export * from './users';
export * from './start';
