// The one place where the page learns that the store changed: every call that adds, removes or replaces a
// report or a version, and a package the desktop shell imported, bumps a counter that the lists (Home, the
// versions panel) read again on. Autosaves are left out: they change no list the open page shows (Home is not
// on screen while a report is open, and a save makes no version).
import type { Api, ApiMethod } from '../../core/api';

const STORE_WRITES = [
  'createReport',
  'duplicateAsNextYear',
  'deleteReport',
  'restoreReport',
  'importOutlineFile',
  'importPackageFile',
  'resolvePackageImport',
  'saveVersion',
  'signOff',
  'acceptRevision',
] as const satisfies readonly ApiMethod[];

export interface WatchedApi {
  api: Api;
  /** Calls the listener after each change to the store; returns the unsubscribe function. */
  onStoreChange(listener: () => void): () => void;
}

export function watchStoreWrites(api: Api): WatchedApi {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const wrapped = { ...api };
  for (const method of STORE_WRITES) {
    const call = api[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!call) continue; // a test's API that lacks the method
    (wrapped as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const result = await call(...args);
      if (result !== null) changed(); // null: the user cancelled the Open dialog, nothing changed
      return result;
    };
  }
  api.onReportImported?.(changed);
  return {
    api: wrapped,
    onStoreChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
