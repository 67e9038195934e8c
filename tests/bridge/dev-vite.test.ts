// The Vite dev server of `npm run dev` (electron/bridge/dev-vite.ts) does not answer other origins with CORS:
// by default Vite lets any localhost origin read what it serves, and the page it serves holds the secret. Asked
// directly, past the bridge's own Origin check, it still gives a page on another local port no
// Access-Control-Allow-Origin.
import http from 'node:http';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_TOKEN_META } from '../../core/bridge-protocol';
import { createDevVite } from '../../electron/bridge/dev-vite';

let hmrServer: http.Server;
let vite: ViteDevServer;
let direct: http.Server;
let port: number;

beforeAll(async () => {
  hmrServer = http.createServer();
  vite = await createDevVite(hmrServer, 'SECRET');
  direct = http.createServer((req, res) => vite.middlewares(req, res));
  await new Promise<void>((resolve) => direct.listen(0, '127.0.0.1', resolve));
  port = (direct.address() as { port: number }).port;
}, 60_000);
afterAll(async () => {
  await vite?.close();
  direct?.close();
});

function get(pathName: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathName, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the dev server behind the bridge', { timeout: 60_000 }, () => {
  it('serves the page with its secret, and lets no other origin read it', async () => {
    const own = await get('/', {});
    expect(own.status).toBe(200);
    expect(own.body).toContain(`<meta name="${BRIDGE_TOKEN_META}" content="SECRET">`);
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:8080']) {
      const foreign = await get('/', { origin });
      expect(foreign.headers['access-control-allow-origin'], origin).toBeUndefined();
      const preflight = await get('/', { origin, 'access-control-request-method': 'GET' }, 'OPTIONS');
      expect(preflight.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });
});
