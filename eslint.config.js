// ESLint (flat config) with typescript-eslint, and the one rule that keeps the house standing:
// imports point one way, engine ← content ← exercises ← cli | tui. The engine does no I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Forbid importing the layers above `layer` (relative paths, whatever their depth). */
const above = (layers) => layers.flatMap((l) => [`**/${l}`, `**/${l}/**`, `../${l}/**`, `./${l}/**`]);
const layerRule = (layers, extra = [], message = 'imports point one way: engine ← content ← exercises ← cli | tui') => [
  'error',
  {
    patterns: [{ group: above(layers), message }],
    paths: extra.map((name) => ({ name, message: 'the engine is pure: text in, data out (no I/O)' })),
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'bench/node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Stripping and escaping terminal sequences is part of the job: control characters in patterns are meant.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule(
        ['content', 'exercises', 'settings', 'cli', 'tui'],
        ['node:fs', 'node:fs/promises', 'fs', 'node:child_process', 'node:net', 'node:http', 'node:https'],
      ),
    },
  },
  { files: ['src/content/**/*.ts'], rules: { 'no-restricted-imports': layerRule(['exercises', 'cli', 'tui']) } },
  // A team's settings file: read by cli and tui (beside exercises), built on the engine's options only.
  { files: ['src/settings/**/*.ts'], rules: { 'no-restricted-imports': layerRule(['content', 'exercises', 'cli', 'tui']) } },
  { files: ['src/exercises/**/*.ts'], rules: { 'no-restricted-imports': layerRule(['cli', 'tui']) } },
  // The CLI reaches the TUI only through one lazy `import()` (checked by test/layers.test.ts), never statically.
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': layerRule(['tui']) } },
  { files: ['src/tui/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': layerRule(['cli']) } },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.mjs', 'scripts/**/*.{mjs,ts}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
