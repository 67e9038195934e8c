// The Api the components use: the preload's `window.api` in Electron, the HTTP bridge otherwise; tests pass
// their own through the provider. The provider watches the calls that change the store (store-writes.ts), so
// that every list is read again after them from this one place.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Api } from '../../core/api';
import { createHttpApi, pageToken } from './http-api';
import { watchStoreWrites, type WatchedApi } from './store-writes';

declare global {
  interface Window {
    api?: Api;
  }
}

export function resolveApi(): Api {
  return window.api ?? createHttpApi(new URL('./', window.location.href).href, pageToken(document));
}

const ApiContext = createContext<WatchedApi | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  const watched = useMemo(() => watchStoreWrites(api), [api]);
  return <ApiContext.Provider value={watched}>{children}</ApiContext.Provider>;
}

function useWatchedApi(): WatchedApi {
  const watched = useContext(ApiContext);
  if (!watched) throw new Error('useApi outside ApiProvider');
  return watched;
}

export function useApi(): Api {
  return useWatchedApi().api;
}

/** A number that changes after each change to the store: a list's effect lists it among its dependencies. */
export function useStoreChanges(): number {
  const { onStoreChange } = useWatchedApi();
  const [changes, setChanges] = useState(0);
  useEffect(() => onStoreChange(() => setChanges((n) => n + 1)), [onStoreChange]);
  return changes;
}
