// The Vite dev server of `npm run dev`, behind the bridge: hot reload over the bridge's own port, the page's
// secret written into index.html, and CORS off — Vite by default answers any localhost origin with
// Access-Control-Allow-Origin, which would let a page on another local port read the page and its secret.
import type http from 'node:http';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { BRIDGE_TOKEN_META } from '../../core/bridge-protocol';

export function createDevVite(bridgeServer: http.Server, token: string): Promise<ViteDevServer> {
  return createServer({
    configFile: path.resolve('vite.config.ts'),
    // Hot reload over the bridge's own port: no second port to collide with another dev server's.
    server: { middlewareMode: true, hmr: { server: bridgeServer }, cors: false },
    appType: 'spa',
    plugins: [
      {
        name: 'report-desk-bridge-token',
        transformIndexHtml: () => [
          { tag: 'meta', attrs: { name: BRIDGE_TOKEN_META, content: token }, injectTo: 'head-prepend' },
        ],
      },
    ],
  });
}
