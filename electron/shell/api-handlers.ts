// The IPC handler table: one handler per method of the API contract. Each checks that the call comes from our
// own renderer, parses the arguments with the method's schema, calls the service and answers with an Envelope,
// errors as stable codes. Independent of Electron (structural types), so a fake ipcMain drives it in tests.
import { API_METHODS, apiContract, channelOf, type Api, type ApiMethod, type Envelope } from '../../core/api';
import { AppError, schemaIssueParams, toErrorPayload } from '../../core/errors';
import { isAppUrl } from './app-origin';

export type ServiceApi = Omit<Api, 'onExportProgress'>;

/** What a handler needs from Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  sender: unknown;
}

export type ApiHandler = (event: InvokeEventLike, ...args: unknown[]) => Promise<Envelope<unknown>>;

export interface IpcMainLike {
  handle(channel: string, listener: ApiHandler): void;
  removeHandler(channel: string): void;
}

export interface ApiHandlerHooks {
  /** Called before a trusted, well-formed call reaches its service (e.g. to route export progress to its sender). */
  onCall?(method: ApiMethod, event: InvokeEventLike): void;
  /** A refused or failed call, for the log. Never given the arguments: they hold report texts. */
  onProblem?(
    method: ApiMethod,
    problem: 'untrusted-sender' | 'invalid-arguments' | 'invalid-result' | 'failed',
    code?: string,
  ): void;
}

export class UntrustedSenderError extends Error {
  constructor(method: string) {
    super(`Refused ${method}: the caller is not the application's own page.`);
    this.name = 'UntrustedSenderError';
  }
}

export function createApiHandlers(services: ServiceApi, hooks: ApiHandlerHooks = {}): Map<string, ApiHandler> {
  const table = new Map<string, ApiHandler>();
  for (const method of API_METHODS) {
    const contract = apiContract[method];
    table.set(channelOf(method), async (event, ...args) => {
      // A frame from anywhere else (it cannot get there: navigation is denied) gets no answer at all.
      if (!isAppUrl(event.senderFrame?.url)) {
        hooks.onProblem?.(method, 'untrusted-sender');
        throw new UntrustedSenderError(method);
      }
      const parsed = contract.args.safeParse(args);
      if (!parsed.success) {
        hooks.onProblem?.(method, 'invalid-arguments', 'INVALID_ARGUMENT');
        return { ok: false, error: toErrorPayload(new AppError('INVALID_ARGUMENT', schemaIssueParams(parsed.error))) };
      }
      hooks.onCall?.(method, event);
      try {
        const call = services[method] as (...a: unknown[]) => Promise<unknown>;
        const value: unknown = await call.apply(services, parsed.data as unknown[]);
        const result = contract.result.safeParse(value);
        if (!result.success) {
          hooks.onProblem?.(method, 'invalid-result', 'INTERNAL');
          const { path } = schemaIssueParams(result.error);
          return { ok: false, error: toErrorPayload(new AppError('INTERNAL', { detail: `${method}: ${path}` })) };
        }
        return { ok: true, value: result.data };
      } catch (err) {
        const error = toErrorPayload(err);
        hooks.onProblem?.(method, 'failed', error.code);
        return { ok: false, error };
      }
    });
  }
  return table;
}

/** Registers every handler; returns the function that removes them again. */
export function registerApiHandlers(ipcMain: IpcMainLike, table: Map<string, ApiHandler>): () => void {
  for (const [channel, handler] of table) ipcMain.handle(channel, handler);
  return () => {
    for (const channel of table.keys()) ipcMain.removeHandler(channel);
  };
}
