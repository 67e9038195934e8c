// Bundles the Node-side entry points (CLI, Electron main and preload, the dev/test bridge) into out/ with
// esbuild. Run by `npm run build` and by `prepare`, so `npx report-desk` works right after `npm install`.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const entries = [
  // [source, output, platform options]
  { in: 'electron/cli/main.ts', out: 'out/cli/report-desk.mjs', format: 'esm' },
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
        packages: e.packages ?? 'external',
        banner: e.format === 'esm' ? banner : undefined,
        external: ['electron', ...(e.external ?? [])],
        logLevel: 'warning',
        // Modules that find their files use __dirname in CommonJS bundles and import.meta.url in ESM ones.
        logOverride: { 'empty-import-meta': 'silent' },
      }),
    ),
);
