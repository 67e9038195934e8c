// Serves the built renderer (out/renderer) on app://report-desk/. Pure apart from the injected file reader, so
// the MIME types, headers and the refusal of every path outside the root are tested in Node.
import path from 'node:path';
import { mimeTypeOf } from '../files/content-types';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

export type Resolution =
  { kind: 'file'; filePath: string; mimeType: string } | { kind: 'refused'; status: 400 | 403 | 404 | 405 };

/** Maps a request URL to a file under `rootDir`, or says why it is refused. */
export function resolveAppRequest(rootDir: string, requestUrl: string, method = 'GET'): Resolution {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'refused', status: 403 };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  // Encoded separators, NUL and drive letters have no business in a bundled asset path.
  if (relative.includes('\0') || relative.includes('\\') || /^\/?[a-zA-Z]:/.test(relative))
    return { kind: 'refused', status: 403 };
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, '.' + path.posix.normalize(relative));
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'refused', status: 403 };
  const mimeType = mimeTypeOf(filePath);
  if (!mimeType) return { kind: 'refused', status: 404 };
  return { kind: 'file', filePath, mimeType };
}

/** Headers every answer carries, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
});

export interface ProtocolRequest {
  url: string;
  method: string;
}

/** The handler given to `protocol.handle(APP_SCHEME, …)`; `readFile` rejects when the file does not exist. */
export function createAppProtocolHandler(rootDir: string, readFile: (filePath: string) => Promise<Uint8Array>) {
  return async (request: ProtocolRequest): Promise<Response> => {
    const resolution = resolveAppRequest(rootDir, request.url, request.method);
    if (resolution.kind === 'refused')
      return new Response(null, { status: resolution.status, headers: SECURITY_HEADERS });
    let body: Uint8Array;
    try {
      body = await readFile(resolution.filePath);
    } catch {
      return new Response(null, { status: 404, headers: SECURITY_HEADERS });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': resolution.mimeType },
    });
  };
}
