// The Api over the local HTTP bridge (npm run dev, end-to-end tests): used when no preload has put a
// `window.api` in place. Errors arrive as { code, params } and are rethrown as AppError, as over IPC.
// Where the desktop app shows its Open dialog (importPackageFile / importOutlineFile), this stands in the
// browser's own file chooser and uploads the chosen file's bytes; the bridge imports them as a chosen file.
// Every request carries the secret the bridge wrote into the page (core/bridge-protocol.ts).
import {
  BRIDGE_EVENTS_PATH,
  BRIDGE_TOKEN_HEADER,
  BRIDGE_TOKEN_META,
  BRIDGE_TOKEN_PARAM,
  bridgeMethodPath,
} from '../../core/bridge-protocol';
import {
  API_METHODS,
  type Api,
  type ApiMethod,
  type Envelope,
  type ExportProgress,
  type ImportedDocument,
  type ImportedPackage,
} from '../../core/api';
import { AppError, isErrorPayload } from '../../core/errors';
import { IMPORT_ACCEPT, IMPORT_LIMITS, importTooLarge, type ImportKind } from '../../core/import-limits';

/** Thrown when the bridge cannot be reached at all (stopped, network gone): callers may retry. */
export class BridgeUnreachable extends AppError {
  constructor(method: string, cause: unknown) {
    super('INTERNAL', { detail: `${method}: ${cause instanceof Error ? cause.message : String(cause)}` }, { cause });
  }
}

/** The secret in the page the bridge served; empty when there is none (every call is then refused). */
export function pageToken(doc: Document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${BRIDGE_TOKEN_META}"]`)?.content ?? '';
}

interface Bridge {
  /** The page's origin. */
  base: string;
  token: string;
}

const methodUrl = (bridge: Bridge, method: ApiMethod, search = '') =>
  new URL(bridgeMethodPath(method) + search, bridge.base).href;

async function post(bridge: Bridge, method: ApiMethod, args: unknown[]): Promise<unknown> {
  return send(bridge, method, methodUrl(bridge, method), 'application/json', JSON.stringify(args));
}

async function send(bridge: Bridge, method: ApiMethod, url: string, type: string, body: BodyInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': type, [BRIDGE_TOKEN_HEADER]: bridge.token },
      body,
    });
  } catch (err) {
    throw new BridgeUnreachable(method, err);
  }
  let envelope: Envelope<unknown>;
  try {
    envelope = (await response.json()) as Envelope<unknown>;
  } catch (err) {
    throw new BridgeUnreachable(method, err);
  }
  if (envelope.ok) return envelope.value;
  const error = isErrorPayload(envelope.error)
    ? envelope.error
    : { code: 'INTERNAL' as const, params: { detail: String(envelope.error?.code) } };
  throw new AppError(error.code, error.params);
}

/** The browser's file chooser, from an input that exists only while it is open; null when cancelled. */
function chooseFile(kind: ImportKind): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMPORT_ACCEPT[kind];
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

async function uploadChosen(
  bridge: Bridge,
  method: ApiMethod,
  kind: ImportKind,
  query: URLSearchParams,
): Promise<unknown> {
  const file = await chooseFile(kind);
  if (!file) return null;
  // Refused here already, so that a huge file is not read into the page at all.
  if (file.size > IMPORT_LIMITS[kind]) throw importTooLarge(kind, file.size);
  const search = query.toString();
  return send(bridge, method, methodUrl(bridge, method, search ? `?${search}` : ''), 'application/octet-stream', file);
}

export function createHttpApi(base: string, token: string): Api {
  const bridge: Bridge = { base, token };
  const progressListeners = new Set<(p: ExportProgress) => void>();
  let events: EventSource | null = null;
  const methods = Object.fromEntries(
    API_METHODS.map((m) => [m, (...args: unknown[]) => post(bridge, m, args)]),
  ) as unknown as Omit<Api, 'onExportProgress'>;
  return {
    ...methods,
    importPackageFile: async () =>
      (await uploadChosen(bridge, 'importPackageFile', 'package', new URLSearchParams())) as ImportedPackage | null,
    importOutlineFile({ organisation, year, indicatorPreset, nextYear }) {
      const query = new URLSearchParams();
      if (organisation !== undefined) query.set('organisation', organisation);
      if (year !== undefined) query.set('year', String(year));
      if (indicatorPreset !== undefined) query.set('indicatorPreset', indicatorPreset);
      if (nextYear) query.set('nextYear', '1');
      return uploadChosen(bridge, 'importOutlineFile', 'outline', query) as Promise<ImportedDocument | null>;
    },
    onExportProgress(listener) {
      progressListeners.add(listener);
      if (!events) {
        const url = new URL(BRIDGE_EVENTS_PATH, base);
        url.searchParams.set(BRIDGE_TOKEN_PARAM, token);
        events = new EventSource(url.href);
        events.onmessage = (e: MessageEvent<string>) => {
          const progress = JSON.parse(e.data) as ExportProgress;
          for (const l of progressListeners) l(progress);
        };
      }
      return () => {
        progressListeners.delete(listener);
        if (!progressListeners.size && events) {
          events.close();
          events = null;
        }
      };
    },
  };
}
