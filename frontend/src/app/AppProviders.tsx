import { useMemo, type ReactNode } from 'react';
import type { AppConfig } from '../lib/config';
import { AuthProvider, useAuth, type UserManagerSource } from '../features/auth/AuthProvider';
import { createApiClient } from '../lib/api/client';
import { ApiProvider } from '../lib/api/ApiContext';
import i18n, { currentLanguage } from '../lib/i18n';

function ApiBridge({ apiBase, children }: { apiBase: string; children: ReactNode }) {
  const { getAccessToken, endSession } = useAuth();
  const client = useMemo(
    () =>
      createApiClient({
        baseUrl: apiBase,
        getAccessToken,
        getLanguage: () => currentLanguage(i18n),
        onUnauthorized: endSession,
      }),
    [apiBase, getAccessToken, endSession],
  );
  return <ApiProvider client={client} baseUrl={apiBase}>{children}</ApiProvider>;
}

export function AppProviders({
  config,
  userManager,
  children,
}: {
  config: AppConfig;
  userManager: UserManagerSource;
  children: ReactNode;
}) {
  return (
    <AuthProvider userManager={userManager}>
      <ApiBridge apiBase={config.apiBase}>{children}</ApiBridge>
    </AuthProvider>
  );
}
