import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);
const ApiBaseContext = createContext('');

/** `baseUrl`: the API's origin prefix ("" for same origin), for the few URLs the browser loads itself (images). */
export function ApiProvider({ client, baseUrl = '', children }: { client: ApiClient; baseUrl?: string; children: ReactNode }) {
  return (
    <ApiBaseContext.Provider value={baseUrl}>
      <ApiContext.Provider value={client}>{children}</ApiContext.Provider>
    </ApiBaseContext.Provider>
  );
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

/** The API prefix for a URL used directly by the browser, e.g. `<img src={`${useApiBase()}/api/v1/…`}>`. */
export function useApiBase(): string {
  return useContext(ApiBaseContext);
}
