/** Runtime configuration, read from /config.json at startup so one build runs anywhere. */
export interface AppConfig {
  /** Prefix for API calls; "" means same origin (the static server proxies /api). */
  apiBase: string;
  oidcAuthority: string;
  oidcClientId: string;
}

export const defaultConfig: AppConfig = {
  apiBase: '',
  oidcAuthority: 'http://localhost:8180/realms/doithoai',
  oidcClientId: 'doithoai-web',
};

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const raw = (await response.json()) as Partial<AppConfig>;
  return {
    apiBase: typeof raw.apiBase === 'string' ? raw.apiBase.replace(/\/+$/, '') : defaultConfig.apiBase,
    oidcAuthority: raw.oidcAuthority || defaultConfig.oidcAuthority,
    oidcClientId: raw.oidcClientId || defaultConfig.oidcClientId,
  };
}
