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
// pdfkit would open its default Helvetica, which the bundled CLI cannot find (electron/formats/pdf/pdf-document.ts).
const pdfkitOnlyThroughOpen = {
  name: 'pdfkit',
  allowTypeImports: true,
  message: 'Open PDF documents with openPdfDocument() from electron/formats/pdf/pdf-document.ts.',
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
            { name: 'pdfkit', message: 'core/ lays out blocks; the PDF is written in electron/formats/pdf.' },
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
    files: ['electron/formats/pdf/pdf-document.ts'],
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
);
