// The local HTTP bridge: the typed API over HTTP against the real Node services, for the renderer in a plain
// browser (npm run dev) and for the end-to-end tests. Listens on 127.0.0.1 only. Everything of its own lives
// under /__bridge/ (core/bridge-protocol.ts), a path no renderer file can take; everything else is the page:
//   POST /__bridge/api/<method>  a JSON array of arguments → an Envelope (uploads: the file's bytes, uploads.ts)
//   GET  /__bridge/events         export progress as server-sent events (events.ts)
// Calls go through the same dispatcher as IPC (electron/services/dispatch.ts); who may call is access.ts.
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiMethod, Envelope } from '../../core/api';
import { BRIDGE_EVENTS_PATH, BRIDGE_PREFIX, BRIDGE_TOKEN_HEADER, bridgeMethodPath } from '../../core/bridge-protocol';
import { AppError, toErrorPayload } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { safeFileName } from '../../core/file-names';
import { unusedPath } from '../files/output-file';
import { createServices } from '../services';
import { dispatch, isApiMethod, type DispatchHooks } from '../services/dispatch';
import { hostAllowed, newBridgeToken, originAllowed, tokenAllowed } from './access';
import { ProgressEvents } from './events';
import { badRequest, decodedPath, defaultRendererDir, staticFiles, type StaticHandler } from './static-files';
import { importUpload, readBody, UPLOADS } from './uploads';

export type { StaticHandler } from './static-files';

export interface BridgeOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The per-run secret; a fresh random one by default. Give it when the page is served by another handler. */
  token?: string;
  /** Defaults to serving out/renderer with the secret written into index.html. */
  staticHandler?: StaticHandler;
  log?: (line: string) => void;
  /** What the roll-up's folder dialog answers (default <dataDir>/rollup-inbox): a browser has no folder chooser. */
  rollupFolder?: string;
}

export interface Bridge {
  url: string;
  port: number;
  /** The secret every API request must carry. */
  token: string;
  /** The listening server (Vite attaches its hot-reload socket to it). */
  server: http.Server;
  /** A call as the bridge's own page makes it (for tests and benchmarks in Node). */
  fetch(method: ApiMethod, init?: RequestInit): Promise<Response>;
  /** The folder the roll-up reads (the stand-in for the desktop app's folder dialog). */
  rollupFolder: string;
  /** Stops listening, drops open connections and releases the data folder. */
  close(): Promise<void>;
}

/** JSON calls carry at most a report (saveReport); files come as uploads, capped per kind. */
const MAX_BODY = 110 * 1024 * 1024;
const API_PREFIX = `${BRIDGE_PREFIX}api/`;

/**
 * A call answered is 200, a refusal included: a refused step (SIGN_OFF_…, NOT_FOUND) is the API's answer, carried
 * as a typed error in the envelope, not a failed request that the browser logs as one. A fault is 500; a request
 * the bridge could not read (not JSON, too big) 400, and an unknown method 404.
 */
const statusOf = (envelope: Envelope<unknown>): number =>
  envelope.ok || envelope.error.code !== 'INTERNAL' ? 200 : 500;

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const log = options.log ?? ((line: string) => console.log(line));
  const token = options.token ?? newBridgeToken();
  const exportsDir = path.join(options.dataDir, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  const rollupFolder = options.rollupFolder ?? path.join(options.dataDir, 'rollup-inbox');
  // There to drop departments' files into before trying the 汇总 page.
  mkdirSync(rollupFolder, { recursive: true });
  const events = new ProgressEvents();

  const services = await createServices({
    dataDir: options.dataDir,
    // No dialog in a browser: every file the bridge writes goes to <dataDir>/exports/ under its default name,
    // numbered when that name is taken (there is no one to ask whether to replace it).
    chooseSavePath: async (_kind, defaultFileName) => unusedPath(path.join(exportsDir, safeFileName(defaultFileName))),
    // Files to import are chosen by the page itself and uploaded (see upload below); the roll-up reads a fixed folder.
    chooseOpenPath: async (kind) => (kind === 'folder' ? rollupFolder : null),
    openPath: async (file) => log(`[bridge] open ${file}`),
    showInFolder: async (file) => log(`[bridge] show in folder ${file}`),
    printPdf: async (file) => log(`[bridge] print ${file}`),
    onExportProgress: (progress) => events.broadcast(progress),
  });
  const serveStatic = options.staticHandler ?? staticFiles(defaultRendererDir(), token);
  const hooks: DispatchHooks = {
    onProblem(method, problem, code, error) {
      if (problem === 'failed' && code === 'INTERNAL')
        log(`[bridge] ${method} failed: ${error instanceof Error ? error.stack : String(error)}`);
    },
  };

  async function call(method: string, url: URL, req: http.IncomingMessage): Promise<Envelope<unknown>> {
    const upload = isApiMethod(method) ? UPLOADS[method] : undefined;
    if (upload) return importUpload(services, upload, url, req, hooks);
    const body = await readBody(
      req,
      MAX_BODY,
      () => new AppError('INVALID_ARGUMENT', { path: 'body', issue: 'tooBig' }),
    );
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body.toString('utf8')) : [];
    } catch {
      throw new AppError('INVALID_ARGUMENT', { path: 'body', issue: 'notJson' });
    }
    return dispatch(services, method, args, hooks);
  }

  const answer = (res: http.ServerResponse, envelope: Envelope<unknown>, status: number) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(envelope));
  };
  const refuse = (res: http.ServerResponse) => {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
  };

  const server = http.createServer((req, res) => {
    const pathname = decodedPath(req);
    if (pathname === null) return badRequest(res);
    // The page carries the secret: no other origin may read it (nor Vite answer such a request with CORS).
    if (!hostAllowed(req, port) || !originAllowed(req, port)) return refuse(res);
    if (!pathname.startsWith(BRIDGE_PREFIX)) return serveStatic(req, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const eventStream = pathname === BRIDGE_EVENTS_PATH && req.method === 'GET';
    if (!tokenAllowed(req, url, token, eventStream)) return refuse(res);
    if (eventStream) return events.subscribe(req, res);
    if (!pathname.startsWith(API_PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const method = pathname.slice(API_PREFIX.length);
    void call(method, url, req).then(
      (envelope) => answer(res, envelope, isApiMethod(method) ? statusOf(envelope) : 404),
      (err: unknown) => {
        // The request itself could not be read (or the reading failed): not an answer of the API's.
        const error = toErrorPayload(err);
        answer(res, { ok: false, error }, error.code === 'INTERNAL' ? 500 : 400);
      },
    );
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (err) {
    // The port is taken: let go of the data folder, so that the caller can try another port on it.
    await services.close();
    throw err;
  }
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/`;
  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    token,
    server,
    fetch: (method, init = {}) =>
      fetch(new URL(bridgeMethodPath(method), url), {
        method: 'POST',
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), [BRIDGE_TOKEN_HEADER]: token },
      }),
    rollupFolder,
    close() {
      closing ??= (async () => {
        events.closeAll();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await services.close();
      })();
      return closing;
    },
  };
}

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** `node out/bridge/server.mjs --data-dir <dir> [--port <n>]`: prints the URL, stops on SIGINT / SIGTERM. */
async function main(argv: string[]): Promise<void> {
  const dataDir = argValue(argv, '--data-dir');
  if (!dataDir) {
    console.error('usage: server.mjs --data-dir <dir> [--port <n>]');
    process.exit(2);
  }
  const bridge = await startBridge({ dataDir: path.resolve(dataDir), port: Number(argValue(argv, '--port') ?? 0) });
  console.log(bridge.url);
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(errorMessage('en', toErrorPayload(err)));
    process.exit(1);
  });
}
