// The one place where an API call becomes a service call, for the desktop shell (IPC) and the HTTP bridge
// alike: the method's arguments are checked with the contract's schema before the service runs, its result
// after, and every failure travels as { code, params }. Generic over core/api.ts: a method added to the
// contract and implemented by the services needs nothing here.
import { apiContract, type Api, type ApiMethod, type Envelope } from '../../core/api';
import { AppError, schemaIssueParams, toErrorPayload, type ErrorPayload } from '../../core/errors';

/** What the services implement: the contract's methods (events are pushed by the shell or the bridge). */
export type ServiceApi = Omit<Api, 'onExportProgress' | 'onReportImported'>;

export type DispatchProblem = 'unknown-method' | 'invalid-arguments' | 'invalid-result' | 'failed';

export interface DispatchHooks {
  /** Called once the arguments are valid, just before the service runs. */
  onCall?(method: ApiMethod): void;
  /** A refused or failed call, for the log. Never given the arguments: they hold report texts. */
  onProblem?(method: string, problem: DispatchProblem, code: string, error?: unknown): void;
}

export const isApiMethod = (name: string): name is ApiMethod => Object.prototype.hasOwnProperty.call(apiContract, name);

const failure = (error: unknown): { ok: false; error: ErrorPayload } => ({ ok: false, error: toErrorPayload(error) });

export async function dispatch(
  services: ServiceApi,
  method: string,
  args: unknown,
  hooks: DispatchHooks = {},
): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    hooks.onProblem?.(method, 'unknown-method', 'INVALID_ARGUMENT');
    return failure(new AppError('INVALID_ARGUMENT', { path: method, issue: 'value' }));
  }
  const contract = apiContract[method];
  const parsed = contract.args.safeParse(args);
  if (!parsed.success) {
    hooks.onProblem?.(method, 'invalid-arguments', 'INVALID_ARGUMENT');
    return failure(new AppError('INVALID_ARGUMENT', schemaIssueParams(parsed.error)));
  }
  hooks.onCall?.(method);
  let value: unknown;
  try {
    const call = services[method] as (...a: unknown[]) => Promise<unknown>;
    value = await call.apply(services, parsed.data as unknown[]);
  } catch (err) {
    const error = failure(err);
    hooks.onProblem?.(method, 'failed', error.error.code, err);
    return error;
  }
  const result = contract.result.safeParse(value);
  if (!result.success) {
    hooks.onProblem?.(method, 'invalid-result', 'INTERNAL');
    return failure(new AppError('INTERNAL', { detail: `${method}: ${schemaIssueParams(result.error).path}` }));
  }
  return { ok: true, value: result.data };
}
