import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { downloadMine, eraseMine, getMine } from '../api/subjectRights';
import { HeldDataView } from '../components/HeldDataView';

/** Dữ liệu của tôi: a logged-in citizen sees what their login sent or registered, takes a copy, or erases themselves. */
export default function MyDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.mineTitle'));
  const api = useApi();
  const held = useAsync((signal) => getMine(api, signal), [api]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [erased, setErased] = useState(false);

  async function erase() {
    setError(null);
    try {
      await eraseMine(api);
      setErased(true);
      setConfirming(false);
      held.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="page">
      <h1>{t('privacy.mineTitle')}</h1>
      <p className="muted">{t('privacy.mineIntro')}</p>
      {erased ? (
        <Alert tone="success" live="polite" title={t('privacy.erasedTitle')}>
          <p>{t('privacy.erasedMine')}</p>
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={2} /> : null}
      {held.status === 'loading' ? <Loading /> : null}
      {held.status === 'error' ? <ErrorState error={held.error} onRetry={held.reload} /> : null}
      {held.status === 'success' ? (
        <>
          <p className="actions">
            <Button variant="secondary" onClick={() => void downloadMine(api).catch(setError)}>
              {t('privacy.downloadPdf')}
            </Button>
          </p>
          <HeldDataView held={held.data} />
          <section className="panel" aria-labelledby="erase-mine-heading">
            <h2 id="erase-mine-heading">{t('privacy.eraseMineTitle')}</h2>
            <p>{t('privacy.eraseMineHint')}</p>
            {confirming ? (
              <p className="actions">
                <Button variant="primary" onClick={() => void erase()}>
                  {t('privacy.eraseConfirm')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('privacy.cancel')}
                </Button>
              </p>
            ) : (
              <Button variant="primary" onClick={() => setConfirming(true)}>
                {t('privacy.eraseMine')}
              </Button>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
