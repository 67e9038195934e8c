// One lint configuration for the whole tree. The architecture is the local rule floors/imports: every import of
// core/, electron/ and renderer/, resolved to the file or package it names, checked against the floors in
// build/eslint/floors.js (core → formats → files → store → services → CLI, bridge, shell; the renderer on core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import floors from './build/eslint/plugin.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'tests/artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Bundling stand-ins load the real module on first use, which only require() can do synchronously.
    files: ['build/stand-ins/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // core/ is pure: no Node or browser globals.
  { files: ['core/**/*.ts'], languageOptions: { globals: {} } },
  {
    files: ['core/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { floors },
    rules: { 'floors/imports': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
