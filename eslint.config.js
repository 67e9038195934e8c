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

const noElectron = { name: 'electron', message: 'Only the shell files in electron/ may import Electron.' };
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util'];

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
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react', message: 'core/ is UI-free.' }],
          patterns: [
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/renderer/**'], message: 'Services never import the renderer.' }],
        },
      ],
    },
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
          paths: [noElectron],
          patterns: [
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
