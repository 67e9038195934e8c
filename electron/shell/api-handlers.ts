// The IPC handler table: one handler per method of the API contract. Each checks that the call comes from our
// own renderer and hands it to the shared dispatcher (electron/services/dispatch.ts), which the HTTP bridge
// uses too. Independent of Electron (structural types), so a fake ipcMain drives it in tests.
import { API_METHODS, channelOf, type ApiMethod, type Envelope } from '../../core/api';
import { dispatch, type DispatchProblem, type ServiceApi } from '../services/dispatch';
import { isAppUrl } from './app-origin';

export type { ServiceApi } from '../services/dispatch';

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
  /**
   * A refused or failed call, for the log, with the error of a failed one (its causes hold what the user's sentence
   * leaves out: the system's error, a library's message). Never given the arguments: they hold report texts.
   */
  onProblem?(method: string, problem: DispatchProblem | 'untrusted-sender', code?: string, error?: unknown): void;
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
    table.set(channelOf(method), async (event, ...args) => {
      // A frame from anywhere else (it cannot get there: navigation is denied) gets no answer at all.
      if (!isAppUrl(event.senderFrame?.url)) {
        hooks.onProblem?.(method, 'untrusted-sender');
        throw new UntrustedSenderError(method);
      }
      return dispatch(services, method, args, {
        onCall: () => hooks.onCall?.(method, event),
        onProblem: (name, problem, code, error) => hooks.onProblem?.(name, problem, code, error),
      });
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
