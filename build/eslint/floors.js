// The floors of the code, lowest first, and what each part may import: the architecture that the lint rule
// (build/eslint/plugin.js) and the module-graph test (tests/lint/floors.test.ts) both check, on resolved paths.
// A part imports itself and the parts listed under `uses`, nothing else of ours; core/ and the renderer also name
// the only packages they may import. A new folder under electron/ belongs to no part until it is added here.

/** Parts of the format floor: each turns reports into bytes or bytes into reports, and knows no disk or store. */
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
/** Above the use cases: each adapter turns its own world (command line, HTTP, Electron) into service calls. */
const ADAPTER_USES = ['core', ...FORMATS, 'files', 'services'];

/**
 * @typedef {object} Part
 * @property {string} name
 * @property {number} floor Lowest first: a part uses only parts on lower floors.
 * @property {string[]} dirs Folders (relative to the repository) whose files belong to the part.
 * @property {string[]} [files] Single files (without extension) that belong to the part.
 * @property {string[]} uses The parts it may import besides itself.
 * @property {string[]} [packages] The only packages it may import (absent: any, as far as the rules below allow).
 * @property {string[]} [typePackages] Packages it may name for their types only.
 */

/** @type {Part[]} */
export const PARTS = [
  {
    name: 'core',
    floor: 0,
    dirs: ['core'],
    uses: [],
    packages: ['zod', 'i18next', 'diff'],
    // The charts' options are typed by ECharts; core names it for its types only and never runs it.
    typePackages: ['echarts'],
  },
  ...FORMATS.filter((f) => f !== 'formats/slip' && f !== 'formats/docx' && f !== 'formats/rollup-summary').map(
    (name) => ({
      name,
      floor: 1,
      dirs: [`electron/${name}`],
      uses: ['core'],
    }),
  ),
  // The approval slip is a PDF set in the PDF export's faces, and counts the report's pages with it.
  { name: 'formats/slip', floor: 2, dirs: ['electron/formats/slip'], uses: ['core', 'formats/pdf'] },
  // The roll-up's one-page summary draws its charts and text in the PDF export's faces.
  {
    name: 'formats/rollup-summary',
    floor: 2,
    dirs: ['electron/formats/rollup-summary'],
    uses: ['core', 'formats/pdf'],
  },
  // The Word export breaks the title where the PDF does, measured in the PDF export's faces.
  { name: 'formats/docx', floor: 2, dirs: ['electron/formats/docx'], uses: ['core', 'formats/pdf'] },
  { name: 'files', floor: 3, dirs: ['electron/files'], uses: ['core'] },
  { name: 'store', floor: 4, dirs: ['electron/store'], uses: ['core', 'files'] },
  { name: 'services', floor: 5, dirs: ['electron/services'], uses: ['core', ...FORMATS, 'files', 'store'] },
  // The adapters reach the data folder only through the services: none of them imports the store.
  { name: 'cli', floor: 6, dirs: ['electron/cli'], uses: ADAPTER_USES },
  { name: 'bridge', floor: 6, dirs: ['electron/bridge'], uses: ADAPTER_USES },
  {
    name: 'shell',
    floor: 7,
    dirs: ['electron/shell'],
    files: ['main', 'window', 'protocol', 'ipc', 'menu', 'preload'].map((f) => `electron/${f}`),
    // The installed app is also the office PC's command line (`ReportDesk.exe --cli …`, electron/shell/cli-launch.ts):
    // the shell hosts the CLI's runCli, so it sits on the CLI; the CLI and the bridge never reach the shell.
    uses: [...ADAPTER_USES, 'cli'],
  },
  {
    name: 'renderer',
    floor: 6,
    dirs: ['renderer'],
    uses: ['core'],
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'zod', 'echarts'],
  },
];

/** The folders whose files are product code: each such file belongs to one part. */
export const PRODUCT_DIRS = ['core', 'electron', 'renderer'];

const SOURCE_EXTENSION = /\.(ts|tsx|mts|js|mjs|cjs|json|css)$/;

/** A repository-relative path with forward slashes and without its extension. @param {string} relativePath */
const bare = (relativePath) => relativePath.split('\\').join('/').replace(SOURCE_EXTENSION, '');
/** @param {string} file @param {string} dir */
const within = (file, dir) => file === dir || file.startsWith(`${dir}/`);

/**
 * The part a repository-relative path belongs to; undefined for a path outside the product (tests, build) or in
 * a product folder that no part claims.
 * @param {string} relativePath
 * @returns {Part | undefined}
 */
export function partOf(relativePath) {
  const file = bare(relativePath);
  return PARTS.find((p) => p.files?.includes(file) || p.dirs.some((dir) => within(file, dir)));
}

/** @param {string} relativePath */
export const isProduct = (relativePath) => PRODUCT_DIRS.some((dir) => within(bare(relativePath), dir));

/**
 * Why a product file may not import another file of the repository; null when it may.
 * @param {string} from Repository-relative path of the importing file.
 * @param {string} to Repository-relative path the import resolves to.
 * @returns {string | null}
 */
export function fileImportProblem(from, to) {
  const source = partOf(from);
  if (!source) return null;
  const target = partOf(to);
  if (target === source) return null;
  const shown = bare(to);
  if (!target) return `${source.name} imports ${shown}, which is no product code (core/, electron/, renderer/).`;
  if (source.uses.includes(target.name)) return null;
  const direction = target.floor > source.floor ? 'up' : target.floor === source.floor ? 'sideways' : 'down';
  return `${source.name} may not import ${target.name} (${shown}): that goes ${direction} the floors; ${source.name} uses ${source.uses.join(', ') || 'nothing of ours'} (build/eslint/floors.js).`;
}

/**
 * The package a bare specifier names: 'react-dom/client' → 'react-dom', '@scope/pkg/x' → '@scope/pkg'.
 * @param {string} specifier
 */
export const packageName = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** The one file that may open a pdfkit document (it asks for no default font: see the file). */
export const PDF_DOCUMENT = 'electron/formats/pdf/pdf-document';

/**
 * Why a product file may not import a package; null when it may.
 * @param {string} from Repository-relative path of the importing file.
 * @param {string} specifier The bare specifier as written ('node:fs', 'react-dom/client', 'electron/main').
 * @param {boolean} typeOnly Whether the import brings in types only.
 * @returns {string | null}
 */
export function packageImportProblem(from, specifier, typeOnly) {
  const source = partOf(from);
  if (!source) return null;
  const name = packageName(specifier);
  const typesAllowed = typeOnly && (source.typePackages ?? []).includes(name);
  if (source.packages && !source.packages.includes(name) && !typesAllowed)
    return `${source.name} may import only ${source.packages.join(', ')}: not ${specifier} (build/eslint/floors.js).`;
  if (name === 'electron' && source.name !== 'shell')
    return `Only the shell (electron/shell/ and the Electron entry files) imports Electron: not ${source.name}.`;
  if (name === 'pdfkit' && !typeOnly && bare(from) !== PDF_DOCUMENT)
    return `Open PDF documents with openPdfDocument() from ${PDF_DOCUMENT}.ts: pdfkit's default font cannot be found from the bundled CLI.`;
  return null;
}
