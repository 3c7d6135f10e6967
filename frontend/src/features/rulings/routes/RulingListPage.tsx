import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { StandingBadge } from '../../../ui/StandingBadge';
import { useAuth } from '../../auth/AuthProvider';
import { getPlan } from '../../plans/api/plans';
import { formatDate } from '../../plans/format';
import { listRulings, type Ruling } from '../api/rulings';
import { CarryOverPicker } from '../components/CarryOverPicker';
import { ProgressBar, TypeBadge } from '../components/RulingBits';
import { groupByStatus } from '../logic';
import '../rulings.css';

const OPEN_PLAN = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];

function RulingCard({ planId, ruling }: { planId: number; ruling: Ruling }) {
  const { t } = useTranslation();
  return (
    <li className="rl-card">
      <h3>
        <Link to={`/plans/${planId}/rulings/${ruling.id}`}>{t('rulings.number', { number: ruling.number })}</Link>
      </h3>
      <p className="rl-badges">
        <TypeBadge type={ruling.type} />
        {ruling.status === 'DRAFT' ? <span className="badge badge--rl-draft">{t('rulings.status.DRAFT')}</span> : null}
        {ruling.deadline ? <StandingBadge deadline={ruling.deadline} /> : null}
      </p>
      <p>{ruling.content}</p>
      {ruling.leadUnit ? (
        <p className="muted">
          {t('rulings.leadUnit')}: {ruling.leadUnit.name}
          {ruling.dueDate ? ` · ${t('rulings.dueDate', { date: formatDate(ruling.dueDate) })}` : ''}
        </p>
      ) : null}
      {ruling.escalatedTo ? (
        <p className="muted">
          {t('rulings.escalatedTo')}: {ruling.escalatedTo}
        </p>
      ) : null}
      {ruling.followUp ? (
        <>
          <ProgressBar percent={ruling.progressPercent} label={t('rulings.progress', { percent: ruling.progressPercent })} />
          <p className="muted">{t('rulings.progress', { percent: ruling.progressPercent })}</p>
        </>
      ) : null}
      <ul className="rl-items" aria-label={t('rulings.items')}>
        {ruling.items.map((i) => (
          <li key={i.id}>{i.title}</li>
        ))}
      </ul>
    </li>
  );
}

/** A plan's rulings, drafts first then issued; the office drafts and may carry unfinished rulings over from earlier plans. */
export default function RulingListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const planId = Number(useParams().id);
  const plan = useAsync((signal) => getPlan(api, planId, signal), [api, planId]);
  const rulings = useAsync((signal) => listRulings(api, planId, signal), [api, planId]);
  useDocumentTitle(t('rulings.title'));
  const office = auth.roles.includes('secretariat');
  const canDraft = office || auth.roles.includes('chair');
  const groups = rulings.status === 'success' ? groupByStatus(rulings.data) : null;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}`}>{plan.status === 'success' ? plan.data.title : t('rulings.backToPlan')}</Link>
      </p>
      <h1>{t('rulings.title')}</h1>
      {canDraft ? (
        <p>
          <Link className="btn btn--primary" to={`/plans/${planId}/rulings/new`}>
            {t('rulings.newRuling')}
          </Link>
        </p>
      ) : null}
      {office && plan.status === 'success' && OPEN_PLAN.includes(plan.data.status) ? <CarryOverPicker planId={planId} /> : null}
      {rulings.status === 'loading' ? <Loading /> : null}
      {rulings.status === 'error' ? <ErrorState error={rulings.error} onRetry={rulings.reload} /> : null}
      {groups && groups.drafts.length + groups.issued.length === 0 ? <p>{t('rulings.none')}</p> : null}
      {groups && groups.drafts.length + groups.issued.length > 0 ? (
        <>
          <h2>{t('rulings.drafts', { count: groups.drafts.length })}</h2>
          {groups.drafts.length === 0 ? <p className="muted">{t('rulings.noneInGroup')}</p> : null}
          <ul className="rl-list">
            {groups.drafts.map((r) => (
              <RulingCard key={r.id} planId={planId} ruling={r} />
            ))}
          </ul>
          <h2>{t('rulings.issued', { count: groups.issued.length })}</h2>
          {groups.issued.length === 0 ? <p className="muted">{t('rulings.noneInGroup')}</p> : null}
          <ul className="rl-list">
            {groups.issued.map((r) => (
              <RulingCard key={r.id} planId={planId} ruling={r} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
