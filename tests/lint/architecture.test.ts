// The import rules in eslint.config.js are the architecture. Each forbidden import is planted in a file that
// exists only for the linter (lintText with a path inside the tree, so the folder's rules apply) and must be
// flagged; the same files with allowed imports must pass, so the probes cannot pass by failing to parse.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function importProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path.join(repoRoot, file) });
  const messages = result!.messages;
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const forbidden: [file: string, source: string][] = [
  ['electron/store/probe.ts', "import { app } from 'electron/main';"],
  ['electron/services/probe.ts', "import { ipcRenderer } from 'electron/renderer';"],
  ['electron/cli/probe.ts', "import { shell } from 'electron/common';"],
  ['electron/store/probe.ts', "import { isAppUrl } from '../shell/app-origin';"],
  ['electron/store/probe.ts', "import { connectIpc } from '../ipc';"],
  ['electron/pdf/probe.ts', "import { windowOptions } from '../shell/window-options';"],
  ['electron/pdf/probe.ts', "import '../main';"],
  ['electron/bridge/probe.ts', "import '../shell/api-handlers';"],
  ['core/probe.ts', "import PDFDocument from 'pdfkit';"],
  ['electron/pdf/probe.ts', "import PDFDocument from 'pdfkit';"],
  ['electron/slip/probe.ts', "import PDFDocument from 'pdfkit';"],
  ['core/probe.ts', "import { createRoot } from 'react-dom/client';"],
  ['core/probe.ts', "import { flushSync } from 'react-dom';"],
  ['core/probe.ts', "import { app } from 'electron/main';"],
  ['renderer/probe.ts', "import { Low } from 'lowdb';"],
  ['renderer/probe.ts', "import { JSONFile } from 'lowdb/node';"],
  ['renderer/probe.ts', "import PDFDocument from 'pdfkit';"],
  ['renderer/probe.ts', "import { ipcRenderer } from 'electron/renderer';"],
];

const allowed: [file: string, source: string][] = [
  ['electron/store/probe.ts', "import path from 'node:path';\nimport { AppError } from '../../core/errors';"],
  [
    'electron/pdf/pdf-document.ts',
    "import PDFDocument from 'pdfkit';\nimport { breakLines } from '../../core/line-breaking';",
  ],
  [
    'electron/slip/probe.ts',
    "import type * as Pdf from 'pdfkit';\nimport { openPdfDocument } from '../pdf/pdf-document';",
  ],
  [
    'electron/services/probe.ts',
    "import { dispatch } from './dispatch';\nimport { ReportStore } from '../store/store';",
  ],
  ['electron/shell/probe.ts', "import { app } from 'electron/main';\nimport { isAppUrl } from './app-origin';"],
  ['electron/ipc.ts', "import { ipcMain } from 'electron';\nimport { createApiHandlers } from './shell/api-handlers';"],
  ['core/probe.ts', "import { z } from 'zod';\nimport { reportSchema } from './model';"],
  [
    'renderer/probe.ts',
    "import { createRoot } from 'react-dom/client';\nimport { reportSchema } from '../core/model';",
  ],
];

describe('the architecture lint rules', () => {
  it.each(forbidden)('flag %s: %s', async (file, source) => {
    expect(await importProblems(file, source)).not.toEqual([]);
  });

  it.each(allowed)('pass %s: %s', async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });
});
