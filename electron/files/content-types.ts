// Content types of the built renderer's files, for both ways it is served: the app: protocol in the desktop
// shell and the HTTP bridge in development and tests. No Electron here, so the bridge can use it in plain Node.
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/** undefined for a file the renderer has no business serving. */
export function mimeTypeOf(filePath: string): string | undefined {
  return MIME_TYPES[path.extname(filePath).toLowerCase()];
}
