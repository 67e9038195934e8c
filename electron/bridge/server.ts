// The local HTTP bridge: the typed API over HTTP against the real Node services, for the renderer in a plain
// browser (npm run dev) and for the end-to-end tests. POST /api/<method> with a JSON array of arguments answers
// an Envelope; export progress streams as server-sent events on /api/events. Listens on 127.0.0.1 only.
// A browser has no Open dialog of ours: for importPackageFile / importOutlineFile the page picks the file with
// its own file chooser and POSTs the bytes (application/octet-stream; the outline's options in the query),
// which are imported from a temporary file exactly as a file chosen in the desktop app's dialog.
import http from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  apiContract,
  outlineImportOptionsSchema,
  type ApiMethod,
  type Envelope,
  type ExportProgress,
} from '../../core/api';
import { AppError, schemaIssueParams, toErrorPayload } from '../../core/errors';
import { IMPORT_LIMITS, importTooLarge, type ImportKind } from '../../core/import-limits';
import { createServices } from '../services';
import { safeFileName } from '../../core/file-names';
import { mimeTypeOf } from '../services/content-types';

/** Serves what is not /api: the built renderer, or Vite's dev middleware. */
export type StaticHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface BridgeOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to serving out/renderer. */
  staticHandler?: StaticHandler;
  log?: (line: string) => void;
  /** What the roll-up's folder dialog answers (default <dataDir>/rollup-inbox): a browser has no folder chooser. */
  rollupFolder?: string;
}

export interface Bridge {
  url: string;
  port: number;
  /** The folder the roll-up reads (the stand-in for the desktop app's folder dialog). */
  rollupFolder: string;
  /** Stops listening, drops open connections and releases the data folder. */
  close(): Promise<void>;
}

/** JSON calls carry at most a report (saveReport); files come as uploads, capped per kind. */
const MAX_BODY = 110 * 1024 * 1024;
const here = path.dirname(fileURLToPath(import.meta.url));

/** out/renderer, whether running from source (electron/bridge) or bundled (out/bridge). */
export function defaultRendererDir(): string {
  const candidates = [path.resolve(here, '../renderer'), path.resolve(here, '../../out/renderer')];
  return candidates.find((dir) => isFile(path.join(dir, 'index.html'))) ?? candidates[1]!;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export function staticFiles(root: string): StaticHandler {
  return (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, '.' + (urlPath === '/' ? '/index.html' : urlPath));
    if (!file.startsWith(root + path.sep) || !isFile(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': mimeTypeOf(file) ?? 'application/octet-stream', 'cache-control': 'no-cache' })
      .end(readFileSync(file));
  };
}

/**
 * The request body, refused past `maxBytes`: the rest is drained unread (not kept), so that the page still
 * gets its answer.
 */
function readBody(req: http.IncomingMessage, maxBytes: number, tooLarge: (bytes: number) => AppError): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => (size > maxBytes ? reject(tooLarge(size)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

const UPLOADS: Partial<Record<ApiMethod, ImportKind>> = { importPackageFile: 'package', importOutlineFile: 'outline' };

const isMethod = (name: string): name is ApiMethod => Object.prototype.hasOwnProperty.call(apiContract, name);

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const log = options.log ?? ((line: string) => console.log(line));
  const exportsDir = path.join(options.dataDir, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  const rollupFolder = options.rollupFolder ?? path.join(options.dataDir, 'rollup-inbox');
  // There to drop departments' files into before trying the 汇总 page.
  mkdirSync(rollupFolder, { recursive: true });
  const listeners = new Set<http.ServerResponse>();
  const broadcast = (progress: ExportProgress) => {
    for (const res of listeners) res.write(`data: ${JSON.stringify(progress)}\n\n`);
  };

  const services = await createServices({
    dataDir: options.dataDir,
    // No dialog in a browser: every file the bridge writes goes to <dataDir>/exports/ under its default name.
    chooseSavePath: async (_kind, defaultFileName) => path.join(exportsDir, safeFileName(defaultFileName)),
    // Files to import are chosen by the page itself and uploaded (see upload below); the roll-up reads a fixed folder.
    chooseOpenPath: async (kind) => (kind === 'folder' ? rollupFolder : null),
    openPath: async (file) => log(`[bridge] open ${file}`),
    showInFolder: async (file) => log(`[bridge] show in folder ${file}`),
    printPdf: async (file) => log(`[bridge] print ${file}`),
    onExportProgress: broadcast,
  });
  const serveStatic = options.staticHandler ?? staticFiles(defaultRendererDir());

  async function call(name: string, body: string): Promise<{ status: number; envelope: Envelope<unknown> }> {
    if (!isMethod(name)) {
      return {
        status: 404,
        envelope: {
          ok: false,
          error: toErrorPayload(new AppError('INVALID_ARGUMENT', { path: name, issue: 'value' })),
        },
      };
    }
    try {
      const parsed = apiContract[name].args.safeParse(body ? JSON.parse(body) : []);
      if (!parsed.success) throw new AppError('INVALID_ARGUMENT', schemaIssueParams(parsed.error));
      const fn = services[name] as (...args: unknown[]) => Promise<unknown>;
      const value = await fn(...(parsed.data as unknown[]));
      return { status: 200, envelope: { ok: true, value: value ?? null } };
    } catch (err) {
      if (!(err instanceof AppError)) log(`[bridge] ${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
      return { status: err instanceof AppError ? 400 : 500, envelope: { ok: false, error: toErrorPayload(err) } };
    }
  }

  /** An imported file's bytes, as if chosen in an Open dialog: written to a temporary file and read from there. */
  async function upload(kind: ImportKind, url: URL, req: http.IncomingMessage): Promise<Envelope<unknown>> {
    if (req.headers['content-type'] !== 'application/octet-stream')
      throw new AppError('INVALID_ARGUMENT', { path: 'body', issue: 'type' });
    const options = outlineImportOptionsSchema.safeParse({
      organisation: url.searchParams.get('organisation') ?? undefined,
      year: url.searchParams.has('year') ? Number(url.searchParams.get('year')) : undefined,
    });
    if (!options.success) throw new AppError('INVALID_ARGUMENT', schemaIssueParams(options.error));
    const bytes = await readBody(req, IMPORT_LIMITS[kind], (size) => importTooLarge(kind, size));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-desk-upload-'));
    try {
      const file = path.join(dir, kind === 'package' ? 'upload.rldpkg' : 'upload.txt');
      await writeFile(file, bytes);
      const report =
        kind === 'package'
          ? await services.importPackageFromFile(file)
          : await services.importOutlineFromFile(file, options.data);
      return { ok: true, value: report };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const answer = (res: http.ServerResponse, { status, envelope }: { status: number; envelope: Envelope<unknown> }) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(envelope));
  };
  const failure = (err: unknown) => {
    if (!(err instanceof AppError)) log(`[bridge] failed: ${err instanceof Error ? err.stack : String(err)}`);
    return {
      status: err instanceof AppError ? 400 : 500,
      envelope: { ok: false as const, error: toErrorPayload(err) },
    };
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      const name = url.pathname.slice('/api/'.length);
      const kind = isMethod(name) ? UPLOADS[name] : undefined;
      const handled = kind
        ? upload(kind, url, req).then((envelope) => ({ status: 200, envelope }), failure)
        : readBody(req, MAX_BODY, () => new AppError('INVALID_ARGUMENT', { path: 'body', issue: 'tooBig' })).then(
            (body) => call(name, body.toString('utf8')),
            failure,
          );
      void handled.then((result) => answer(res, result));
      return;
    }
    serveStatic(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    rollupFolder,
    close() {
      closing ??= (async () => {
        for (const res of listeners) res.end();
        listeners.clear();
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
    console.error(toErrorPayload(err).code, toErrorPayload(err).params);
    process.exit(1);
  });
}
