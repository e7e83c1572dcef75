// Stands in for `import process from 'node:process'` in the bundle (scripts/build.mjs). Node builds
// an ES module view of a builtin by reading every export, and for `process` that reads
// process.stdin, which creates the stdin stream and loads Node's stream modules: milliseconds
// of start-up (bench/ref-startup.mjs) for commands that never read stdin. The global is the same
// object, read only when used.
const p = globalThis.process;
export default p;
export const env = p.env;
export function cwd() {
  return p.cwd();
}
