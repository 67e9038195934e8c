// A browser has no Open dialog of ours: for importPackageFile / importOutlineFile the page picks the file with
// its own file chooser and POSTs the bytes (application/octet-stream; the outline's options in the query).
// The call is dispatched with the bytes as if the dialog had chosen a file holding them (the services read bytes
// as they read a file, within the same limit), so the contract checks the options and the result exactly as over IPC.
import type http from 'node:http';
import type { ApiMethod, Envelope } from '../../core/api';
import { AppError } from '../../core/errors';
import { IMPORT_LIMITS, importTooLarge, type ImportKind } from '../../core/import-limits';
import type { Services } from '../services';
import { dispatch, type DispatchHooks } from '../services/dispatch';

interface Upload {
  method: ApiMethod;
  kind: ImportKind;
}

/** The calls whose file comes as the request's body. */
export const UPLOADS: Partial<Record<ApiMethod, Upload>> = {
  importPackageFile: { method: 'importPackageFile', kind: 'package' },
  importOutlineFile: { method: 'importOutlineFile', kind: 'outline' },
};

/**
 * The request body, refused past `maxBytes`: the rest is drained unread (not kept), so that the page still
 * gets its answer.
 */
export function readBody(
  req: http.IncomingMessage,
  maxBytes: number,
  tooLarge: (bytes: number) => AppError,
): Promise<Buffer> {
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

/** The outline's options from the query, as the contract's one argument (the dispatcher checks it). */
function outlineOptions(url: URL): Record<string, unknown> {
  const organisation = url.searchParams.get('organisation');
  const year = url.searchParams.get('year');
  const indicatorPreset = url.searchParams.get('indicatorPreset');
  return {
    ...(organisation !== null ? { organisation } : {}),
    ...(year !== null ? { year: Number(year) } : {}),
    ...(indicatorPreset !== null ? { indicatorPreset } : {}),
    ...(url.searchParams.get('nextYear') === '1' ? { nextYear: true } : {}),
  };
}

export async function importUpload(
  services: Services,
  { method, kind }: Upload,
  url: URL,
  req: http.IncomingMessage,
  hooks: DispatchHooks,
): Promise<Envelope<unknown>> {
  if (req.headers['content-type'] !== 'application/octet-stream')
    throw new AppError('INVALID_ARGUMENT', { path: 'body', issue: 'type' });
  const bytes = await readBody(req, IMPORT_LIMITS[kind], (size) => importTooLarge(kind, size));
  const chosen: Services = {
    ...services,
    importPackageFile: () => services.importPackageBytes(bytes),
    importOutlineFile: (options) => services.importOutlineBytes(bytes, options),
  };
  return dispatch(chosen, method, kind === 'outline' ? [outlineOptions(url)] : [], hooks);
}
