// Kept for scripts that import the helpers by this path; they live in bench/lib.mjs.
export * from '../lib.mjs';
