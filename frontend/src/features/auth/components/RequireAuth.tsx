import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../AuthProvider';
import { Button } from '../../../ui/Button';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Loading } from '../../../ui/Loading';

/** Pages that need a login show a login prompt instead (the server refuses them anyway). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  if (auth.isAuthenticated) return <>{children}</>;
  // Signing in again through the SSO session after a reload: a moment, not a login prompt.
  if (auth.restoring) return <Loading />;
  return <LoginRequired />;
}

function LoginRequired() {
  const { t } = useTranslation();
  const { login, sessionExpired } = useAuth();
  useDocumentTitle(t('auth.loginRequiredTitle'));
  return (
    <section className="page">
      <h1>{t('auth.loginRequiredTitle')}</h1>
      <p>{t('auth.loginRequired')}</p>
      {/* When the session expired the notice above already offers the login button. */}
      {sessionExpired ? null : (
        <div className="actions">
          <Button onClick={() => void login()}>{t('auth.login')}</Button>
        </div>
      )}
      <p className="muted">{t('auth.draftsKeptNote')}</p>
    </section>
  );
}
