// The renderer: built into out/renderer with a relative base, so the same files load from the bridge, from a
// custom protocol or from file:// in Electron. Everything is bundled; nothing is fetched at run time.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [
    react(),
    {
      // The dev server needs inline scripts and styles (React Refresh, injected CSS) and its HMR socket; the
      // built renderer keeps the strict policy from index.html.
      name: 'dev-csp',
      apply: 'serve',
      transformIndexHtml: (html) =>
        html
          .replace(
            /script-src 'self'; style-src 'self';/,
            "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';",
          )
          .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
    },
  ],
  build: {
    outDir: path.join(root, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // A CSP without 'unsafe-inline' cannot run Vite's inline module preload polyfill; Chromium does not need it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
