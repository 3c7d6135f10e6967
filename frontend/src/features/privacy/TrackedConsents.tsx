import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/ApiContext';
import { useAsync } from '../../lib/useAsync';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { trackedConsents, withdrawTracked, type ConsentPurpose, type ConsentView } from './api';

/**
 * The sender, holding their tracking code, sees what they agreed to and takes a purpose back: once CONTACT_ME is
 * withdrawn nothing more is sent to them about the item.
 */
export function TrackedConsents({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const loaded = useAsync((signal) => trackedConsents(api, code, signal), [api, code]);
  const [changed, setChanged] = useState<ConsentView[] | null>(null);
  const [done, setDone] = useState<ConsentPurpose | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const consents = changed ?? (loaded.status === 'success' ? loaded.data : null);

  const withdraw = async (purpose: ConsentPurpose) => {
    setBusy(true);
    setError(null);
    try {
      setChanged(await withdrawTracked(api, code, purpose));
      setDone(purpose);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (loaded.status === 'error') return <ErrorState error={loaded.error} headingLevel={3} onRetry={loaded.reload} />;
  if (!consents) return null;
  return (
    <section className="consent-status" aria-labelledby="consent-status-h">
      <h3 id="consent-status-h">{t('privacy.withdrawal.title')}</h3>
      {consents.length === 0 ? <p className="muted">{t('privacy.withdrawal.none')}</p> : null}
      <ul className="consent-status__list">
        {consents.map((c) => (
          <li key={c.purpose}>
            <strong>{t(`privacy.purpose.${c.purpose}`)}</strong>: {c.active ? t('privacy.withdrawal.active') : t('privacy.withdrawal.inactive')}{' '}
            {c.active && c.purpose !== 'HANDLE_MATTER' ? (
              <Button variant="secondary" disabled={busy} onClick={() => void withdraw(c.purpose)}>
                {t('privacy.withdrawal.withdraw', { purpose: t(`privacy.purpose.${c.purpose}`) })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status">{done ? t('privacy.withdrawal.withdrawn', { purpose: t(`privacy.purpose.${done}`) }) : ''}</p>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </section>
  );
}
