// The renderer's side of the API, built by the preload: one function per contract method that invokes its
// channel and unwraps the Envelope. Errors are rejected as plain { code, params } objects, because
// contextBridge drops every property of an Error but its message.
import { API_METHODS, PROGRESS_CHANNEL, REPORT_IMPORTED_CHANNEL, channelOf } from '../../core/api-channels';
import type { Api, Envelope, ExportProgress, ReportImportedEvent } from '../../core/api';
import type { ErrorPayload } from '../../core/errors';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Subscribes to a main-process event channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function unwrapEnvelope(answer: unknown): unknown {
  if (!isEnvelope(answer))
    throw Object.freeze({ code: 'INTERNAL', params: { detail: 'malformed answer' } } satisfies ErrorPayload);
  if (answer.ok) return answer.value;
  throw Object.freeze({ code: answer.error.code, params: { ...answer.error.params } });
}

export function createApiClient(invoke: Invoke, subscribe: Subscribe): Api {
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => unwrapEnvelope(await invoke(channelOf(method), ...args)),
    ]),
  );
  const api = {
    ...methods,
    onExportProgress(listener: (progress: ExportProgress) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onExportProgress needs a function');
      return subscribe(PROGRESS_CHANNEL, (payload) => listener(payload as ExportProgress));
    },
    onReportImported(listener: (event: ReportImportedEvent) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onReportImported needs a function');
      return subscribe(REPORT_IMPORTED_CHANNEL, (payload) => listener(payload as ReportImportedEvent));
    },
  };
  return Object.freeze(api) as unknown as Api;
}
