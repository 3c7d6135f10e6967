import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { getMinutes } from '../api/minutes';
import '../minutes.css';

/**
 * The minutes as they are read out at the end of the session, from a laptop or on a projector: large type, one
 * column, nothing but the text, the signers and the two signature lines.
 */
export default function MinutesReadOutPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const planId = Number(useParams().id);
  const minutesId = Number(useParams().minutesId);
  const minutes = useAsync((signal) => getMinutes(api, planId, minutesId, signal), [api, planId, minutesId]);
  useDocumentTitle(t('minutes.readOutTitle'));
  return (
    <div className="page minutes-readout">
      <p className="breadcrumb minutes-readout__back">
        <Link to={`/plans/${planId}/minutes?v=${minutesId}`}>{t('minutes.backToMinutes')}</Link>
      </p>
      {minutes.status === 'loading' ? <Loading /> : null}
      {minutes.status === 'error' ? <ErrorState error={minutes.error} onRetry={minutes.reload} onLogin={() => void auth.login()} /> : null}
      {minutes.status === 'success' ? (
        <article>
          <h1 className="minutes-readout__title">
            {t('minutes.paperTitle')}
            <span className="minutes-readout__subtitle">{minutes.data.planTitle}</span>
          </h1>
          {minutes.data.status === 'DRAFT' ? <p className="minutes-readout__draft">{t('minutes.readOutDraft', { n: minutes.data.versionNo })}</p> : null}
          {minutes.data.sections.map((s, i) => (
            <section key={i} aria-labelledby={`readout-${i}`} lang="vi">
              <h2 id={`readout-${i}`}>{s.heading}</h2>
              {s.body ? <p className="minutes-readout__body">{s.body}</p> : <p className="minutes-readout__body">…</p>}
            </section>
          ))}
          {minutes.data.signatures.length > 0 ? (
            <section aria-labelledby="readout-signers">
              <h2 id="readout-signers">{t('minutes.signatures.title')}</h2>
              <ol className="minutes-readout__signers">
                {minutes.data.signatures.map((s) => (
                  <li key={s.id}>
                    {s.name}
                    {s.title || s.organisation ? ` (${[s.title, s.organisation].filter(Boolean).join(', ')})` : ''}: {t(`minutes.outcome.${s.outcome}`)}
                    {s.declinedReason ? ` — ${s.declinedReason}` : ''}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <div className="minutes-readout__sign">
            <p>
              <strong>{t('minutes.secretaryBlock')}</strong>
              <br />
              {minutes.data.secretaryName}
            </p>
            <p>
              <strong>{t('minutes.chairBlock')}</strong>
              <br />
              {minutes.data.chairName}
            </p>
          </div>
        </article>
      ) : null}
    </div>
  );
}
