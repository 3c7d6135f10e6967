import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { listPublicPlans } from '../../plans/api/plans';
import { formatDateTime } from '../../plans/format';

const OPEN = ['PUBLISHED', 'HELD'];

/** For the office and ward officers on the home page: the published plans, each with its participants and check-in. */
export function PlansForParticipants() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const plans = useAsync((signal) => listPublicPlans(api, { size: 20 }, signal), [api]);
  const lang = i18n.resolvedLanguage ?? 'vi';
  const items = plans.status === 'success' ? plans.data.items.filter((p) => OPEN.includes(p.status)) : [];
  return (
    <section aria-labelledby="home-participants">
      <h2 id="home-participants">{t('participants.home.title')}</h2>
      <p className="muted">{t('participants.home.intro')}</p>
      {plans.status === 'loading' ? <Loading /> : null}
      {plans.status === 'error' ? <ErrorState error={plans.error} onRetry={plans.reload} headingLevel={3} /> : null}
      {plans.status === 'success' && items.length === 0 ? <p>{t('participants.home.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plan-cards">
          {items.map((p) => (
            <li key={p.id} className="plan-card">
              <h3 className="plan-card__title">{p.title}</h3>
              {p.sessionAt ? <p className="muted">{formatDateTime(p.sessionAt, lang)}</p> : null}
              <p className="actions">
                <Link className="btn btn--primary" to={`/plans/${p.id}/participants`}>
                  {t('participants.home.participants')}
                  <span className="visually-hidden">: {p.title}</span>
                </Link>
                <Link className="btn btn--secondary" to={`/plans/${p.id}/check-in`}>
                  {t('participants.home.checkIn')}
                  <span className="visually-hidden">: {p.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
