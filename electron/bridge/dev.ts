// npm run dev: the renderer from Vite's dev server (hot reload) behind the bridge, on a temporary data folder,
// so the UI can be worked on in any browser without Electron. Prints the local URL.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { startBridge } from './server';

const dataDir = process.env.REPORT_DESK_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'report-desk-dev-'));
const vite = await createServer({
  configFile: path.resolve('vite.config.ts'),
  server: { middlewareMode: true },
  appType: 'spa',
});
const bridge = await startBridge({
  dataDir,
  port: Number(process.env.PORT ?? 5173),
  staticHandler: (req, res) => vite.middlewares(req, res),
});
console.log(`Report Desk (dev): ${bridge.url}  data folder: ${dataDir}  roll-up folder: ${bridge.rollupFolder}`);
const stop = () => void Promise.all([bridge.close(), vite.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
