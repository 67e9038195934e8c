// npm run dev: the renderer from Vite's dev server (hot reload) behind the bridge, on a temporary data folder,
// so the UI can be worked on in any browser without Electron. Prints the local URL.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { newBridgeToken } from './access';
import { createDevVite } from './dev-vite';
import { startBridge, type Bridge } from './server';

const PREFERRED_PORT = 5173;
const dataDir = process.env.REPORT_DESK_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'report-desk-dev-'));
const token = newBridgeToken();
/** Set once Vite is up; it needs the bridge's server for its hot-reload socket, so it starts second. */
const dev: { vite?: ViteDevServer } = {};

const start = (port: number) =>
  startBridge({
    dataDir,
    port,
    token,
    staticHandler: (req, res) => {
      if (dev.vite) dev.vite.middlewares(req, res);
      else res.writeHead(503, { 'retry-after': '1' }).end();
    },
  });

/** PORT if set; otherwise 5173, or any free port when another program (a second dev server) has it. */
async function startOnSomePort(): Promise<Bridge> {
  if (process.env.PORT) return start(Number(process.env.PORT));
  try {
    return await start(PREFERRED_PORT);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    return start(0);
  }
}

const bridge = await startOnSomePort();
const vite = await createDevVite(bridge.server, token);
dev.vite = vite;
console.log(`Report Desk (dev): ${bridge.url}  data folder: ${dataDir}  roll-up folder: ${bridge.rollupFolder}`);
const stop = () => void Promise.all([bridge.close(), vite.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
