import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PreparationTaskItem } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { ExportActions } from '../../../ui/ExportActions';
import { Fact } from '../../../ui/Fact';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/LoadMore';
import { useAuth } from '../../auth/AuthProvider';
import { listPreparationTasks, type PreparationTaskQuery } from '../api/plans';
import { formatDate } from '../format';
import { planReference } from '../labels';

const PAGE_SIZE = 20;
const TASK_STATUSES = ['OPEN', 'OVERDUE', 'DONE'] as const;
type TaskStatus = (typeof TASK_STATUSES)[number];

/** The filters as the URL carries them, so that the to-do and others can link to a filtered list. */
function readTaskQuery(params: URLSearchParams): PreparationTaskQuery {
  const num = (k: string) => {
    const v = params.get(k);
    return v && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const status = params.get('status');
  const overdue = params.get('overdue');
  return {
    plan: num('plan'),
    unit: params.get('unit')?.trim() || undefined,
    status: TASK_STATUSES.includes(status as TaskStatus) ? (status as TaskStatus) : undefined,
    dueWithinDays: num('dueWithinDays'),
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    size: PAGE_SIZE,
  };
}

function TaskCard({ task }: { task: PreparationTaskItem }) {
  const { t } = useTranslation();
  const reference = planReference(task.plan.number, task.plan.symbol);
  return (
    <li className={`plan-card task-card task-card--${task.status}`}>
      <p className="plan-card__meta">
        <span className={`urgency urgency--${task.status === 'OVERDUE' ? 'overdue' : task.status === 'DONE' ? 'done' : 'open'}`}>
          {t(`preparationTasks.status.${task.status}`)}
        </span>
      </p>
      <h3 className="plan-card__title">{task.description}</h3>
      <dl className="facts plan-card__facts">
        <Fact label={t('preparationTasks.due')}>{task.dueDate ? formatDate(task.dueDate) : t('preparationTasks.noDue')}</Fact>
        <Fact label={t('preparationTasks.doneOn')}>{task.doneOn ? formatDate(task.doneOn) : null}</Fact>
        <Fact label={t('preparationTasks.owner')}>{task.owner?.name ?? (task.ownerKind ? t(`kind.${task.ownerKind}`) : t('preparationTasks.noOwner'))}</Fact>
        <Fact label={t('preparationTasks.plan')}>
          <Link to={`/plans/${task.plan.id}`}>{reference ? `${reference} · ${task.plan.title}` : task.plan.title}</Link>
        </Fact>
      </dl>
    </li>
  );
}

/**
 * `/preparation-tasks`: the preparation tasks of every plan the caller reads, earliest due first, filtered by the URL
 * (plan, unit, status, due within N days, overdue) so that a count elsewhere opens exactly the tasks it counted.
 */
export default function PreparationTaskListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = readTaskQuery(params);
  const key = JSON.stringify(query);
  const list = useCursorList((after, signal) => listPreparationTasks(api, { ...query, after }, signal), key);
  useDocumentTitle(t('preparationTasks.title'));
  const initial = () => ({
    status: query.status ?? '',
    dueWithinDays: query.dueWithinDays != null ? String(query.dueWithinDays) : '',
    overdue: query.overdue != null ? String(query.overdue) : '',
    unit: query.unit ?? '',
  });
  const [draft, setDraft] = useState(initial);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    // Followed a link to other filters: show them in the form.
    setShownKey(key);
    setDraft(initial());
  }

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (query.plan != null) next.set('plan', String(query.plan));
    for (const [k, v] of Object.entries(draft)) if (v.trim()) next.set(k, v.trim());
    setParams(next);
  };
  const clear = () => setParams(new URLSearchParams());
  const set = (k: keyof ReturnType<typeof initial>) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/">{t('auth.backHome')}</Link>
      </p>
      <h1>{t('preparationTasks.title')}</h1>
      <p className="muted">{t('preparationTasks.intro')}</p>
      <ExportActions path="/api/v1/preparation-tasks/export" query={{ ...query, page: undefined, size: undefined }} fileName="viec-chuan-bi" />
      {query.plan != null ? (
        <p>
          {t('preparationTasks.ofPlan')} <Link to={`/plans/${query.plan}`}>{t('preparationTasks.openPlan')}</Link>
        </p>
      ) : null}
      <form className="filters" role="search" aria-label={t('preparationTasks.filters')} onSubmit={apply}>
        <Field label={t('preparationTasks.filterStatus')}>
          <select name="status" value={draft.status} onChange={set('status')}>
            <option value="">{t('preparationTasks.all')}</option>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`preparationTasks.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('preparationTasks.filterDueWithin')}>
          <input type="number" name="dueWithinDays" min={0} max={366} inputMode="numeric" value={draft.dueWithinDays} onChange={set('dueWithinDays')} />
        </Field>
        <Field label={t('preparationTasks.filterOverdue')}>
          <select name="overdue" value={draft.overdue} onChange={set('overdue')}>
            <option value="">{t('preparationTasks.all')}</option>
            <option value="true">{t('preparationTasks.overdueOnly')}</option>
            <option value="false">{t('preparationTasks.notOverdue')}</option>
          </select>
        </Field>
        <Field label={t('preparationTasks.filterUnit')}>
          <input type="text" name="unit" value={draft.unit} onChange={set('unit')} autoComplete="off" />
        </Field>
        <div className="actions filters__actions">
          <button type="submit" className="btn btn--primary">
            {t('plans.apply')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={clear}>
            {t('plans.clear')}
          </button>
        </div>
      </form>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} onLogin={() => void auth.login()} /> : null}
      {list.status === 'success' ? (
        <>
          <p className="muted" role="status">
            {list.total ? t('preparationTasks.results', { count: list.total }) : t('preparationTasks.empty')}
          </p>
          {list.items.length > 0 ? (
            <ul className="plan-cards">
              {list.items.map((task) => (
                <TaskCard key={task.id} task={task} />
              ))}
            </ul>
          ) : null}
          <LoadMore list={list} />
        </>
      ) : null}
    </section>
  );
}
