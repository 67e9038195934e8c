// The Api over the local HTTP bridge (npm run dev, end-to-end tests): used when no preload has put a
// `window.api` in place. Errors arrive as { code, params } and are rethrown as AppError, as over IPC.
import { API_METHODS, type Api, type ApiMethod, type Envelope, type ExportProgress } from '../../core/api';
import { AppError, isErrorPayload } from '../../core/errors';

/** Thrown when the bridge cannot be reached at all (stopped, network gone): callers may retry. */
export class BridgeUnreachable extends AppError {
  constructor(method: string, cause: unknown) {
    super('INTERNAL', { detail: `${method}: ${cause instanceof Error ? cause.message : String(cause)}` }, { cause });
  }
}

async function post(base: string, method: ApiMethod, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${base}api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
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
  const error = isErrorPayload(envelope.error) ? envelope.error : { code: 'INTERNAL' as const, params: { detail: String(envelope.error?.code) } };
  throw new AppError(error.code, error.params);
}

export function createHttpApi(base: string): Api {
  const progressListeners = new Set<(p: ExportProgress) => void>();
  let events: EventSource | null = null;
  const methods = Object.fromEntries(
    API_METHODS.map((m) => [m, (...args: unknown[]) => post(base, m, args)]),
  ) as unknown as Omit<Api, 'onExportProgress'>;
  return {
    ...methods,
    onExportProgress(listener) {
      progressListeners.add(listener);
      if (!events) {
        events = new EventSource(`${base}api/events`);
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
