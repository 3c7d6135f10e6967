import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../AuthProvider';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';

/** The OIDC redirect target: trades the code (with the PKCE verifier) for tokens, then goes back. */
export default function CallbackPage() {
  const { t } = useTranslation();
  const { completeLogin } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string | null>(null);
  useDocumentTitle(t('auth.callbackTitle'));

  useEffect(() => {
    let active = true;
    completeLogin().then(
      (returnTo) => {
        if (active) void navigate(returnTo, { replace: true });
      },
      (e: unknown) => {
        if (active) setFailed(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      active = false;
    };
  }, [completeLogin, navigate]);

  return (
    <section className="page">
      <h1>{t('auth.callbackTitle')}</h1>
      {failed ? (
        <Alert tone="error" live="assertive" title={t('auth.callbackFailed')}>
          <p className="muted">{failed}</p>
          <p>
            <Link to="/">{t('auth.backHome')}</Link>
          </p>
        </Alert>
      ) : (
        <Loading />
      )}
    </section>
  );
}
