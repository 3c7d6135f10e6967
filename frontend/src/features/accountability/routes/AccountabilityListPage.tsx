import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { formatDate } from '../../plans/format';
import { listAccountabilityPlans } from '../api';
import { Bar } from '../components';
import '../accountability.css';

/** Published plans with issued rulings: how many are resolved, in progress, overdue. */
export default function AccountabilityListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const plans = useAsync((signal) => listAccountabilityPlans(api, signal), [api]);
  useDocumentTitle(t('accountability.title'));
  return (
    <div className="page">
      <h1>{t('accountability.title')}</h1>
      <p>{t('accountability.intro')}</p>
      {plans.status === 'loading' ? <Loading /> : null}
      {plans.status === 'error' ? <ErrorState error={plans.error} onRetry={plans.reload} /> : null}
      {plans.status === 'success' && plans.data.length === 0 ? <p>{t('accountability.none')}</p> : null}
      {plans.status === 'success' && plans.data.length > 0 ? (
        <ul className="ac-list">
          {plans.data.map((p) => (
            <li key={p.id} className="ac-card">
              <h2>
                <Link to={`/giai-trinh/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="muted">
                {p.number ? `${p.number} · ` : ''}
                {p.sessionAt ? t('accountability.session', { date: formatDate(p.sessionAt.slice(0, 10)) }) : ''}
              </p>
              <Bar percent={p.rulings ? Math.round((100 * p.resolved) / p.rulings) : 0} label={t('accountability.counts', { ...p })} />
              <p>{t('accountability.counts', { ...p })}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
