// The bridge's static side: the built renderer (out/renderer) with the per-run secret written into its page.
import { readFileSync, statSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_TOKEN_META } from '../../core/bridge-protocol';
import { mimeTypeOf } from '../files/content-types';

/** Serves what is not the bridge's own: the built renderer, or Vite's dev middleware. */
export type StaticHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

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

/** The tag that hands the page its secret (renderer/api/http-api.ts reads it). */
export const tokenMetaTag = (token: string): string => `<meta name="${BRIDGE_TOKEN_META}" content="${token}" />`;

/** Puts the secret into an HTML page, first thing in its head. */
export const withToken = (html: string, token: string): string => html.replace(/<head>/i, `$&${tokenMetaTag(token)}`);

/** The request's decoded path; null when it is malformed (bad percent-encoding: decodeURIComponent throws). */
export function decodedPath(req: http.IncomingMessage): string | null {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

export const badRequest = (res: http.ServerResponse): void => {
  res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
};

/** Files under `root`; HTML pages get `token` (the bridge's secret) written into them. */
export function staticFiles(root: string, token?: string): StaticHandler {
  return (req, res) => {
    const urlPath = decodedPath(req);
    if (urlPath === null) return badRequest(res);
    const file = path.resolve(root, '.' + (urlPath === '/' ? '/index.html' : urlPath));
    if (!file.startsWith(root + path.sep) || !isFile(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = mimeTypeOf(file) ?? 'application/octet-stream';
    const bytes = readFileSync(file);
    const body = token !== undefined && type.startsWith('text/html') ? withToken(bytes.toString('utf8'), token) : bytes;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
  };
}
