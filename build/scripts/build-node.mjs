// Bundles the Node-side entry points (CLI, Electron main and preload, the dev/test bridge) into out/ with
// esbuild. Run by `npm run build` and by `prepare`, so `npx report-desk` works right after `npm install`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder of package `name` as Node finds it from `fromDir`: the nearest node_modules that holds it. */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`build-node: package ${name} is not installed`);
  }
}

/** The manifests of these packages and of every package they depend on, read where each is installed. */
function dependencyClosure(names) {
  const found = new Map(); // folder → package.json
  const visit = (name, fromDir) => {
    const dir = packageDir(name, fromDir);
    if (found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    found.set(dir, manifest);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  names.forEach((name) => visit(name, root));
  return found;
}

/** The names of these packages and of every package they depend on. */
const withDependencies = (names) => new Set([...dependencyClosure(names).values()].map((m) => m.name));

// The CLI bundles the packages every command or the PDF export loads, so a cold `export --pdf` neither walks
// node_modules file by file nor compiles modules one at a time; the rest (Word, Excel, lowdb, pdfjs: loaded by
// few commands, some finding files beside their modules) stay in node_modules. pdfkit's own files (the metrics of
// the 14 standard PDF fonts) cannot be found from the bundle: every PDF the app writes registers its faces and
// opens the document through openPdfDocument() (electron/formats/pdf/pdf-document.ts), which asks for no default font.
const CLI_BUNDLED = withDependencies(['pdfkit', 'fontkit', 'zod', 'i18next']);

// Modules that do costly work when loaded although a PDF export never calls them: in the bundle they are replaced
// by stand-ins (build/stand-ins/) that require the real module from node_modules on first use.
const STAND_INS = {
  'unicode-trie': 'unicode-trie.cjs',
  'brotli/decompress.js': 'brotli-decompress.cjs',
  '@noble/ciphers/aes': 'noble-aes.cjs',
};

const packageName = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** Bundles the named packages (with the stand-ins above) and leaves every other package to node_modules. */
const bundleOnly = (bundled) => ({
  name: 'bundle-only',
  setup(b) {
    // The real module behind a stand-in stays in node_modules: it is loaded, if ever, by require() at run time.
    b.onResolve({ filter: /^real:/ }, (args) => ({ path: args.path.slice('real:'.length), external: true }));
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      // Entry points and absolute paths (C:\… on Windows) are files, not packages.
      if (args.kind === 'entry-point' || path.isAbsolute(args.path)) return undefined;
      if (args.path.startsWith('node:')) return { external: true };
      if (STAND_INS[args.path]) return { path: path.join(root, 'build/stand-ins', STAND_INS[args.path]) };
      return bundled.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
});

// The installed app loads nothing from node_modules but electron-log (which tests/shell/main-process.test.ts
// replaces by a recorder, as it does electron): the main bundle carries every other package it requires. Those it
// loads only on first use (PDF, Word, workbook) are bundled each into a file of its own beside main.cjs, required
// when first needed, so that starting the app compiles none of them (inside main.cjs they would add ~70 ms of
// compiling to every start). These files require each other (pdfkit → fontkit), so each package is there once.
const MAIN_EXTERNAL = new Set(['electron', 'electron-log']);
/** What the main process imports → the name of its file beside main.cjs. */
const MAIN_ON_FIRST_USE = {
  pdfkit: 'pdfkit',
  fontkit: 'fontkit',
  docx: 'docx',
  exceljs: 'exceljs',
  jszip: 'jszip',
  'word-extractor': 'word-extractor',
  // The roll-up's chart summary: ECharts renders the charts to SVG, svg-to-pdfkit draws them into the page.
  echarts: 'echarts',
  'svg-to-pdfkit': 'svg-to-pdfkit',
  // pdf.js, for `verify`: its legacy build (the one for Node) and its worker, which runs in the same thread. Its
  // native canvas package stays out (electron/formats/pdf-reading/load-pdfjs.ts reads without it): pdf.js would
  // require it through createRequire(import.meta.url), and in a CommonJS bundle import.meta.url is undefined, so
  // pdf.js finds no require, says so (the reader keeps that off the terminal) and never looks for the package.
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdfjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdfjs-worker',
};

const onFirstUse = {
  name: 'main-on-first-use',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || path.isAbsolute(args.path)) return undefined;
      if (MAIN_EXTERNAL.has(packageName(args.path))) return { external: true };
      if (Object.hasOwn(MAIN_ON_FIRST_USE, args.path)) {
        return { path: `./${MAIN_ON_FIRST_USE[args.path]}.cjs`, external: true };
      }
      return undefined;
    });
  },
};

// Each first-use package's own file is bundled from the entry require() would load from node_modules.
const fromRoot = createRequire(path.join(root, 'package.json'));
const firstUseEntries = Object.fromEntries(
  Object.entries(MAIN_ON_FIRST_USE).map(([specifier, name]) => [name, fromRoot.resolve(specifier)]),
);

const entries = [
  // [source, output, platform options]
  { in: 'electron/cli/main.ts', out: 'out/cli/report-desk.mjs', format: 'esm', bundled: CLI_BUNDLED },
  { in: 'electron/bridge/server.ts', out: 'out/bridge/server.mjs', format: 'esm' },
  // Electron loads main as CommonJS, and a sandboxed preload must be CommonJS.
  { in: 'electron/main.ts', out: 'out/main/main.cjs', format: 'cjs', more: firstUseEntries, plugin: onFirstUse },
  // A sandboxed preload can require('electron') and nothing from node_modules: bundle zod etc. into it.
  { in: 'electron/preload.ts', out: 'out/preload/preload.cjs', format: 'cjs', packages: 'bundle' },
];

const banner = {
  // Bundled ESM still needs require() for pdfkit/fontkit's CommonJS internals.
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

/**
 * Removes what an earlier build left in the folder: chunk names carry a content hash, so every change would
 * otherwise leave old chunks behind (and in the installer). Only files this build did not write go, so a command
 * running from the same build meanwhile (tests build and run side by side) keeps its files.
 */
function removeStale(dir, written) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !written.has(file)) rmSync(file);
  }
}

await Promise.all(
  entries
    .filter((e) => existsSync(path.join(root, e.in)))
    .map(async (e) => {
      const outdir = path.join(root, path.dirname(e.out));
      const { metafile } = await build({
        entryPoints: { [path.basename(e.out, path.extname(e.out))]: path.join(root, e.in), ...e.more },
        outdir,
        outExtension: { '.js': path.extname(e.out) },
        // ESM bundles split at dynamic imports, so the CLI loads pdfkit and the fonts only for `export`.
        splitting: e.format === 'esm',
        chunkNames: 'chunks/[name]-[hash]',
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: e.format,
        sourcemap: false,
        metafile: true,
        packages: e.bundled || e.plugin ? undefined : (e.packages ?? 'external'),
        plugins: e.bundled ? [bundleOnly(e.bundled)] : e.plugin ? [e.plugin] : [],
        banner: e.format === 'esm' ? banner : undefined,
        external: ['electron', ...(e.external ?? [])],
        logLevel: 'warning',
        // Modules that find their files use __dirname in CommonJS bundles and import.meta.url in ESM ones.
        logOverride: { 'empty-import-meta': 'silent' },
      });
      removeStale(outdir, new Set(Object.keys(metafile.outputs).map((f) => path.resolve(root, f))));
    }),
);

// The app bundles its runtime packages into out/ (main, preload, renderer), so their licences travel as one
// notices file beside the archive (electron-builder.yml's extraResources): every package the app depends on at
// run time, with its licence text where the package ships one.
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;
const appPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const notices = [...dependencyClosure(Object.keys(appPackage.dependencies)).entries()]
  .sort(([, a], [, b]) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  .map(([dir, manifest]) => {
    const texts = readdirSync(dir)
      .filter((file) => LICENCE_FILE.test(file))
      .map((file) => readFileSync(path.join(dir, file), 'utf8').trim());
    const licence = typeof manifest.license === 'string' ? manifest.license : 'see the text below';
    return [`${manifest.name} ${manifest.version} (${licence})`, ...texts].join('\n\n');
  });
mkdirSync(path.join(root, 'out/licenses'), { recursive: true });
writeFileSync(
  path.join(root, 'out/licenses/THIRD-PARTY-NOTICES.txt'),
  `Packages that ${appPackage.productName} ${appPackage.version} runs, and their licences.\n\n` +
    notices.join(`\n\n${'-'.repeat(78)}\n\n`) +
    '\n',
);
