// The Api the components use: the preload's `window.api` in Electron, the HTTP bridge otherwise; tests pass
// their own through the provider.
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../core/api';
import { createHttpApi, pageToken } from './http-api';

declare global {
  interface Window {
    api?: Api;
  }
}

export function resolveApi(): Api {
  return window.api ?? createHttpApi(new URL('./', window.location.href).href, pageToken(document));
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
