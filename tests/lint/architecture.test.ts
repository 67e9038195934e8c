// The architecture as the linter enforces it (floors/imports, build/eslint/plugin.js). For every ordered pair of
// parts of the code, a probe file in the one imports the other in every form an import can take — static,
// side-effect, `export … from`, `export * from`, import(), `import type`, an import('…') type, require() — some
// written as `../../` escapes through the repository's root. Where the pair must not meet, each form is flagged;
// where it may, none is, so the probes cannot pass by failing to parse. The expected map below is the
// architecture written out by hand, not read from the rule's own table.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintProblems } from './lint-probe';

const floorProblems = (file: string, source: string) => lintProblems(file, source, 'floors/imports');

const FORMATS = [
  'formats/pdf',
  'formats/docx',
  'formats/word',
  'formats/workbook',
  'formats/package',
  'formats/pdf-reading',
  'formats/slip',
  'formats/rollup-summary',
];

/** Each part: where its probe lies, a real module of it to import, and the parts it may import. */
const PARTS: Record<string, { probe: string; module: string; uses: string[] }> = {
  core: { probe: 'core/probe.ts', module: 'core/model.ts', uses: [] },
  'formats/pdf': { probe: 'electron/formats/pdf/probe.ts', module: 'electron/formats/pdf/fonts.ts', uses: ['core'] },
  'formats/docx': {
    probe: 'electron/formats/docx/probe.ts',
    module: 'electron/formats/docx/write-docx.ts',
    uses: ['core', 'formats/pdf'],
  },
  'formats/word': {
    probe: 'electron/formats/word/probe.ts',
    module: 'electron/formats/word/read-report-document.ts',
    uses: ['core'],
  },
  'formats/workbook': {
    probe: 'electron/formats/workbook/probe.ts',
    module: 'electron/formats/workbook/workbook.ts',
    uses: ['core'],
  },
  'formats/package': {
    probe: 'electron/formats/package/probe.ts',
    module: 'electron/formats/package/package-format.ts',
    uses: ['core'],
  },
  'formats/pdf-reading': {
    probe: 'electron/formats/pdf-reading/probe.ts',
    module: 'electron/formats/pdf-reading/read-pdf.ts',
    uses: ['core'],
  },
  'formats/slip': {
    probe: 'electron/formats/slip/probe.ts',
    module: 'electron/formats/slip/slip-file.ts',
    uses: ['core', 'formats/pdf'],
  },
  'formats/rollup-summary': {
    probe: 'electron/formats/rollup-summary/probe.ts',
    module: 'electron/formats/rollup-summary/summary-pdf.ts',
    uses: ['core', 'formats/pdf'],
  },
  files: { probe: 'electron/files/probe.ts', module: 'electron/files/durable-file.ts', uses: ['core'] },
  store: { probe: 'electron/store/probe.ts', module: 'electron/store/store.ts', uses: ['core', 'files'] },
  services: {
    probe: 'electron/services/probe.ts',
    module: 'electron/services/index.ts',
    uses: ['core', ...FORMATS, 'files', 'store'],
  },
  cli: {
    probe: 'electron/cli/probe.ts',
    module: 'electron/cli/run.ts',
    uses: ['core', ...FORMATS, 'files', 'services'],
  },
  bridge: {
    probe: 'electron/bridge/probe.ts',
    module: 'electron/bridge/server.ts',
    uses: ['core', ...FORMATS, 'files', 'services'],
  },
  shell: {
    probe: 'electron/shell/probe.ts',
    module: 'electron/shell/app-origin.ts',
    uses: ['core', ...FORMATS, 'files', 'services', 'cli'],
  },
  // The Electron entry files are the shell's: importing one is importing the shell.
  'shell (entry files)': { probe: 'electron/ipc.ts', module: 'electron/main.ts', uses: [] },
  renderer: { probe: 'renderer/probe.ts', module: 'renderer/main.tsx', uses: ['core'] },
};
PARTS['shell (entry files)']!.uses = PARTS.shell!.uses;
const partName = (name: string) => (name === 'shell (entry files)' ? 'shell' : name);

const withoutExtension = (file: string) => file.replace(/\.tsx?$/, '');
/** The module as a plain relative path from the probe's folder. */
const relative = (probe: string, module: string) => {
  const spec = path.posix.relative(path.posix.dirname(probe), withoutExtension(module));
  return spec.startsWith('.') ? spec : `./${spec}`;
};
/** The module reached by climbing to the repository's root and down again: what string patterns missed. */
const escaped = (probe: string, module: string) =>
  `${'../'.repeat(probe.split('/').length - 1)}${withoutExtension(module)}`;

/** One import per line, each in another form. */
function importsOf(probe: string, module: string): string[] {
  const rel = relative(probe, module);
  const esc = escaped(probe, module);
  return [
    `import { a } from '${rel}';`,
    `import '${esc}';`,
    `export { b as c } from '${rel}';`,
    `export * from '${esc}';`,
    `void import('${rel}');`,
    `void import('${esc}');`,
    `import type { D } from '${rel}';`,
    `type E = import('${esc}').E;`,
    `const f = require('${rel}');`,
  ];
}

const pairs = Object.entries(PARTS).flatMap(([from, { probe, uses }]) =>
  Object.entries(PARTS).map(([to, { module }]) => ({
    from,
    to,
    probe,
    module,
    allowed: partName(from) === partName(to) || uses.includes(partName(to)),
  })),
);

describe('the floors, as the linter sees them', () => {
  it.each(pairs.filter((p) => !p.allowed))('flag $from importing $to, in every form', async ({ probe, module }) => {
    const lines = importsOf(probe, module);
    expect(await floorProblems(probe, lines.join('\n'))).toHaveLength(lines.length);
  });

  it.each(pairs.filter((p) => p.allowed))('pass $from importing $to, in every form', async ({ probe, module }) => {
    expect(await floorProblems(probe, importsOf(probe, module).join('\n'))).toEqual([]);
  });

  it('flag a product file that belongs to no part, and anything outside the product', async () => {
    expect(await floorProblems('electron/probe.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(await floorProblems('electron/services/probe.ts', "import '../../tests/headless-services';")).toHaveLength(
      1,
    );
    expect(await floorProblems('core/probe.ts', "void import('../bench/pdf.bench');")).toHaveLength(1);
  });
});

const packageForms = (name: string) => [
  `import a from '${name}';`,
  `void import('${name}');`,
  `export * from '${name}';`,
  `const b = require('${name}');`,
];

const forbiddenPackages: [probe: string, packages: string[]][] = [
  [
    'core/probe.ts',
    ['lowdb', 'exceljs', 'node:http', 'http', 'node:fs', 'pdfkit', 'react', 'react-dom/client', 'electron/main'],
  ],
  ['renderer/probe.ts', ['lowdb', 'lowdb/node', 'pdfkit', 'exceljs', 'node:fs', 'path', 'electron/renderer']],
  ['electron/store/probe.ts', ['electron/main', 'electron']],
  ['electron/services/probe.ts', ['electron/renderer', 'pdfkit']],
  ['electron/cli/probe.ts', ['electron/common']],
  ['electron/bridge/probe.ts', ['electron']],
  ['electron/formats/pdf/probe.ts', ['pdfkit', 'electron']],
  ['electron/formats/slip/probe.ts', ['pdfkit']],
];

const allowedPackages: [probe: string, packages: string[]][] = [
  ['core/probe.ts', ['zod', 'i18next', 'diff']],
  ['renderer/probe.ts', ['react', 'react-dom/client', 'react-i18next', 'i18next', 'zod', 'echarts/core']],
  ['electron/shell/probe.ts', ['electron', 'electron/main', 'electron-log/main', 'node:path']],
  ['electron/main.ts', ['electron', 'node:fs/promises']],
  ['electron/store/probe.ts', ['lowdb', 'lowdb/node', 'node:fs']],
  ['electron/formats/workbook/probe.ts', ['exceljs']],
  ['electron/bridge/probe.ts', ['node:http', 'vite']],
  ['electron/formats/pdf/pdf-document.ts', ['pdfkit']],
];

describe('packages, as the linter sees them', () => {
  it.each(forbiddenPackages)('flag in %s: %j', async (probe, packages) => {
    const lines = packages.flatMap(packageForms);
    expect(await floorProblems(probe, lines.join('\n'))).toHaveLength(lines.length);
  });

  it.each(allowedPackages)('pass in %s: %j', async (probe, packages) => {
    expect(await floorProblems(probe, packages.flatMap(packageForms).join('\n'))).toEqual([]);
  });

  it('let core name ECharts for its types only', async () => {
    expect(await floorProblems('core/probe.ts', "import type { EChartsOption } from 'echarts';")).toEqual([]);
    expect(await floorProblems('core/probe.ts', "import * as echarts from 'echarts';")).toHaveLength(1);
  });

  it('let pdfkit be named for its types anywhere on the Node side', async () => {
    const types = "import type * as Pdf from 'pdfkit';\ntype Doc = import('pdfkit').PDFDocument;";
    expect(await floorProblems('electron/formats/slip/probe.ts', types)).toEqual([]);
    expect(await floorProblems('electron/services/probe.ts', types)).toEqual([]);
  });
});
