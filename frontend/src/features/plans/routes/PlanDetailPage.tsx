import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { can } from '../actions';
import { downloadPlanDocument, getHistory, getPlan, isStale } from '../api/plans';
import { fieldLabel } from '../fieldErrors';
import { todayInVietnam } from '../format';
import { HistoryList } from '../components/HistoryList';
import { PlanActions } from '../components/PlanActions';
import { PlanDocument } from '../components/PlanDocument';
import { ScheduleForm } from '../components/ScheduleForm';
import { StaleNotice } from '../components/StaleNotice';
import { StatusBadge } from '../components/StatusBadge';
import { TaskTimeline } from '../components/TaskTimeline';

const PUBLIC_STATUSES = ['PUBLISHED', 'HELD', 'CONCLUDED', 'CLOSED'];

/** A plan for staff: the document, status, the allowed actions, the task timeline and the history. */
export default function PlanDetailPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const loaded = useAsync((signal) => getPlan(api, id, signal), [api, id]);
  const [changed, setChanged] = useState<Plan | null>(null);
  const [error, setError] = useState<unknown>(null);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => (location.state as { notice?: string } | null)?.notice ?? null);
  const [scheduling, setScheduling] = useState(false);
  const plan = changed && loaded.status === 'success' && changed.id === loaded.data.id && changed.version >= loaded.data.version ? changed : loaded.data;
  const history = useAsync((signal) => getHistory(api, id, signal), [api, id, plan?.version]);
  useDocumentTitle(plan?.title ?? t('plans.title'));
  const today = todayInVietnam();

  const update = (next: Plan, message?: string) => {
    setChanged(next);
    setError(null);
    setNotice(message ?? null);
  };
  const fail = (err: unknown) => {
    setNotice(null);
    setError(err);
  };
  const reload = () => {
    setChanged(null);
    setError(null);
    setNotice(null);
    loaded.reload();
  };

  if (!plan) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/plans">{t('plans.backToList')}</Link>
        </p>
        {loaded.status === 'error' ? (
          <>
            <h1>{t('plans.title')}</h1>
            <ErrorState error={loaded.error} onRetry={loaded.reload} onLogin={() => void auth.login()} />
          </>
        ) : (
          <Loading />
        )}
      </div>
    );
  }

  const staffBar = (
    <div className="plan-staff">
      <p className="plan-staff__status">
        {t('plans.detail.statusLabel')}: <StatusBadge status={plan.status} />
        {PUBLIC_STATUSES.includes(plan.status) ? (
          <>
            {' · '}
            <Link to={`/ke-hoach/${plan.id}`}>{t('plans.detail.publicLink')}</Link>
          </>
        ) : null}
        {' · '}
        <Link to={`/plans/${plan.id}/participants`}>{t('participants.title')}</Link>
        {' · '}
        <Link to={`/plans/${plan.id}/feedback`}>{t('feedback.list.title')}</Link>
        {' · '}
        <Link to={`/plans/${plan.id}/session`}>{t('session.link')}</Link>
        {' · '}
        <Link to={`/plans/${plan.id}/minutes`}>{t('minutes.link')}</Link>
        {' · '}
        <Link to={`/plans/${plan.id}/rulings`}>{t('rulings.planLink')}</Link>
        {' · '}
        <Link to={`/plans/${plan.id}/notice`}>{t('notice.planLink')}</Link>
        {' · '}
        <Link to={`/follow-up?plan=${plan.id}`}>{t('followUp.planLink')}</Link>
      </p>
      <p className="plan-staff__paper">
        {t('plans.detail.paper')}:{' '}
        <button type="button" className="link-button" onClick={() => void downloadPlanDocument(api, plan.id, 'docx').catch(fail)}>
          {t('plans.detail.paperDocx')}
        </button>
        {' · '}
        <button type="button" className="link-button" onClick={() => void downloadPlanDocument(api, plan.id, 'pdf').catch(fail)}>
          {t('plans.detail.paperPdf')}
        </button>
      </p>
      {plan.returnReason && plan.status === 'DRAFT' ? (
        <Alert tone="warning" title={t('plans.detail.returned')}>
          <p>{plan.returnReason}</p>
        </Alert>
      ) : null}
      {plan.cancelReason && plan.status === 'CANCELLED' ? (
        <Alert tone="warning" title={t('plans.detail.cancelled')}>
          <p>{plan.cancelReason}</p>
        </Alert>
      ) : null}
      {notice ? (
        <Alert tone="success" live="polite">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {error ? (
        isStale(error) ? (
          <StaleNotice onReload={reload} />
        ) : (
          <ErrorState error={error} onLogin={() => void auth.login()} fieldLabel={(f) => fieldLabel(t, f)} />
        )
      ) : null}
      <PlanActions
        plan={plan}
        onChanged={(next) => update(next, t('plans.detail.done', { status: t(`plans.status.${next.status}`) }))}
        onDeleted={() => navigate('/plans', { replace: true })}
        onError={fail}
        onSchedule={() => setScheduling((s) => !s)}
      />
      {scheduling && can(plan.allowedActions, 'SCHEDULE') ? (
        <ScheduleForm
          plan={plan}
          onSaved={(next) => {
            setScheduling(false);
            update(next, t('plans.editor.scheduleSaved'));
          }}
          onCancel={() => setScheduling(false)}
          onError={fail}
        />
      ) : null}
    </div>
  );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/plans">{t('plans.backToList')}</Link>
      </p>
      <PlanDocument
        plan={plan}
        headingId="plan-title"
        beforeContent={staffBar}
        tasksSection={
          <>
            <h3>{t('plans.tasks.title')}</h3>
            <TaskTimeline plan={plan} today={today} canProgress={can(plan.allowedActions, 'PROGRESS')} onChanged={(next) => update(next)} onError={fail} />
          </>
        }
      />
      <section className="plan-doc__section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('plans.history.title')}</h2>
        {history.status === 'loading' ? <Loading /> : null}
        {history.status === 'error' ? <ErrorState error={history.error} onRetry={history.reload} headingLevel={3} /> : null}
        {history.status === 'success' ? <HistoryList entries={history.data} /> : null}
      </section>
    </div>
  );
}
