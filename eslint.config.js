// One lint configuration for the whole tree. The import rules below are the architecture: dependencies flow
// renderer → API contract (core) ← electron → core, and only the shell files may touch Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronShell = [
  'electron/main.ts',
  'electron/window.ts',
  'electron/protocol.ts',
  'electron/ipc.ts',
  'electron/menu.ts',
  'electron/preload.ts',
  'electron/shell/**/*.ts',
];

// Electron's subpath entry points ('electron/main', 'electron/renderer', 'electron/common') are Electron too.
const noElectron = {
  regex: '^electron(/.*)?$',
  message: 'Only the shell files in electron/ may import Electron.',
};
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util'];
/** The shell, as seen from another electron/ folder: electron/shell/ and the top-level Electron entry files. */
const noShell = {
  regex: '^(\\.\\./)+(shell/|(main|window|protocol|ipc|menu|preload)$)',
  message: 'Services, store, PDF, CLI and bridge never import the shell: the shell calls them.',
};

const electronPatterns = [
  noElectron,
  noShell,
  { group: ['**/renderer/**'], message: 'Services never import the renderer.' },
];
// pdfkit would open its default Helvetica, which the bundled CLI cannot find (electron/pdf/pdf-document.ts).
const pdfkitOnlyThroughOpen = {
  name: 'pdfkit',
  allowTypeImports: true,
  message: 'Open PDF documents with openPdfDocument() from electron/pdf/pdf-document.ts.',
};

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
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'core/ is UI-free.' },
            { name: 'react-dom', message: 'core/ is UI-free.' },
            { name: 'pdfkit', message: 'core/ lays out blocks; the PDF is written in electron/pdf.' },
          ],
          patterns: [
            noElectron,
            { regex: '^react-dom/', message: 'core/ is UI-free.' },
            { group: nodeBuiltins, message: 'core/ is pure: no Node built-ins (inject I/O from electron/).' },
            { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'core/ imports only core/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: electronShell,
    rules: { 'no-restricted-imports': ['error', { paths: [pdfkitOnlyThroughOpen], patterns: electronPatterns }] },
  },
  {
    files: ['electron/pdf/pdf-document.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: electronPatterns }] },
  },
  {
    files: electronShell,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lowdb', message: 'The renderer stores nothing itself: go through window.api.' },
            { name: 'pdfkit', message: 'The PDF is written in the main process: go through window.api.' },
          ],
          patterns: [
            noElectron,
            { regex: '^(lowdb|pdfkit)/', message: 'The renderer reaches storage and PDF only through window.api.' },
            { group: nodeBuiltins, message: 'The renderer has no Node: go through window.api.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the main process only through the API contract in core/api.',
            },
          ],
        },
      ],
    },
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
