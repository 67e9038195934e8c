// One lint configuration for the whole tree. The architecture is the local rule floors/imports: every import of
// core/, electron/ and renderer/, resolved to the file or package it names, checked against the floors in
// build/eslint/floors.js (core → formats → files → store → services → CLI, bridge, shell; the renderer on core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import floors from './build/eslint/plugin.js';

// One clock: a calendar date (today, a sign-off's day, a date in a file name) is made in the office's time zone
// by core/date-time.ts and nowhere else; UTC slices of ISO times and Date's own calendar getters are refused.
const OFFICE_CLOCK = 'core/date-time.ts';
const clockMessage =
  "Dates go through the office's clock in core/date-time.ts (the office's time zone, not UTC or the machine's).";
const clockSelectors = [
  'CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.callee.property.name=/^(toISOString|toJSON)$/]',
  "CallExpression[callee.property.name='split'][arguments.0.value='T']",
  'CallExpression[callee.property.name=/^get(UTC)?(FullYear|Month|Date|Day)$/]',
  'CallExpression[callee.property.name=/^(getTimezoneOffset|toLocaleDateString|toLocaleTimeString|toDateString)$/]',
  ":matches(NewExpression, CallExpression)[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
  // The year of a date as a number is yearOfDate's.
  'CallExpression[callee.name=/^(Number|parseInt)$/][arguments.0.callee.property.name=/^(slice|substring|substr)$/][arguments.0.arguments.0.value=0][arguments.0.arguments.1.value=4]',
].map((selector) => ({ selector, message: clockMessage }));
/** In the program (not the tests, which cut arrays and texts freely): the date and date-time prefixes of an ISO time. */
const isoPrefixSelector = {
  selector:
    'CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=0]:matches([arguments.1.value=10], [arguments.1.value=19])',
  message: clockMessage,
};

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
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: [OFFICE_CLOCK, 'tests/**', 'bench/**'],
    rules: { 'no-restricted-syntax': ['error', ...clockSelectors, isoPrefixSelector] },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...clockSelectors] },
  },
);
