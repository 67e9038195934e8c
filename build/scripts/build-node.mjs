// Bundles the Node-side entry points (CLI, Electron main and preload, the dev/test bridge) into out/ with
// esbuild. Run by `npm run build` and by `prepare`, so `npx report-desk` works right after `npm install`.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A package and every package it depends on, by name, as installed in node_modules. */
function withDependencies(names) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name)) return;
    found.add(name);
    const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
    Object.keys(manifest.dependencies ?? {}).forEach(visit);
  };
  names.forEach(visit);
  return found;
}

// The CLI bundles the packages every command or the PDF export loads, so a cold `export --pdf` neither walks
// node_modules file by file nor compiles modules one at a time; the rest (Word, Excel, lowdb, pdfjs: loaded by
// few commands, some finding files beside their modules) stay in node_modules. pdfkit's own files (the metrics of
// the 14 standard PDF fonts) cannot be found from the bundle: every PDF the app writes registers its faces and
// opens the document with NO_DEFAULT_FONT (electron/pdf/export.ts).
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
      if (args.path.startsWith('node:')) return { external: true };
      if (STAND_INS[args.path]) return { path: path.join(root, 'build/stand-ins', STAND_INS[args.path]) };
      return bundled.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
});

const entries = [
  // [source, output, platform options]
  { in: 'electron/cli/main.ts', out: 'out/cli/report-desk.mjs', format: 'esm', bundled: CLI_BUNDLED },
  { in: 'electron/bridge/server.ts', out: 'out/bridge/server.mjs', format: 'esm' },
  // Electron loads main as CommonJS, and a sandboxed preload must be CommonJS.
  { in: 'electron/main.ts', out: 'out/main/main.cjs', format: 'cjs' },
  // A sandboxed preload can require('electron') and nothing from node_modules: bundle zod etc. into it.
  { in: 'electron/preload.ts', out: 'out/preload/preload.cjs', format: 'cjs', packages: 'bundle' },
];

const banner = {
  // Bundled ESM still needs require() for pdfkit/fontkit's CommonJS internals.
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

await Promise.all(
  entries
    .filter((e) => existsSync(path.join(root, e.in)))
    .map((e) =>
      build({
        entryPoints: { [path.basename(e.out, path.extname(e.out))]: path.join(root, e.in) },
        outdir: path.join(root, path.dirname(e.out)),
        outExtension: { '.js': path.extname(e.out) },
        // ESM bundles split at dynamic imports, so the CLI loads pdfkit and the fonts only for `export`.
        splitting: e.format === 'esm',
        chunkNames: 'chunks/[name]-[hash]',
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: e.format,
        sourcemap: false,
        packages: e.bundled ? undefined : (e.packages ?? 'external'),
        plugins: e.bundled ? [bundleOnly(e.bundled)] : [],
        banner: e.format === 'esm' ? banner : undefined,
        external: ['electron', ...(e.external ?? [])],
        logLevel: 'warning',
        // Modules that find their files use __dirname in CommonJS bundles and import.meta.url in ESM ones.
        logOverride: { 'empty-import-meta': 'silent' },
      }),
    ),
);
