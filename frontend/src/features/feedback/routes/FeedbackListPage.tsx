import { useEffect, useState, type FormEvent } from 'react';
import { useCursorList } from '../../../lib/useCursorList';
import { LoadMore } from '../../../ui/LoadMore';
import { keepSort, readSort, withSort } from '../../../lib/listOrder';
import { listPlans } from '../../plans/api/plans';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { ErrorState } from '../../../ui/ErrorState';
import { ExportActions } from '../../../ui/ExportActions';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { canReadPlans, isStaff } from '../../auth/roles';
import { ApprovalQueue } from '../components/ApprovalQueue';
import { BulkBar } from '../components/BulkBar';
import { loadLocalities } from '../../participants/api/participants';
import { listFeedback } from '../api/feedback';
import type { Feedback, FeedbackQuery } from '../api/types';
import { FeedbackList, type ListSelection } from '../components/FeedbackList';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_STATUSES } from '../logic';
import { loadPlanFocus } from '../planFocus';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status', 'focusArea', 'ward', 'channel', 'kind', 'raisedBefore', 'open'] as const;
/** The orders the API offers: the list order (items raised before, then newest) and that order turned round. */
const SORTS = ['-createdAt', 'createdAt'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function readQuery(params: URLSearchParams): FeedbackQuery {
  const str = (k: string) => params.get(k)?.trim() || undefined;
  const focusArea = params.get('focusArea');
  return {
    q: str('q'),
    status: str('status') as FeedbackQuery['status'],
    focusArea: focusArea && /^\d+$/.test(focusArea) ? Number(focusArea) : undefined,
    ward: str('ward'),
    channel: str('channel') as FeedbackQuery['channel'],
    kind: str('kind') as FeedbackQuery['kind'],
    raisedBefore: params.get('raisedBefore') === 'true' ? true : params.get('raisedBefore') === 'false' ? false : undefined,
    open: params.get('open') === 'true' ? true : params.get('open') === 'false' ? false : undefined,
    sort: readSort(params, SORTS),
    size: PAGE_SIZE,
  };
}

/**
 * Feedback items within the caller's scope: one plan's (`/plans/:id/feedback`) or across plans (`/feedback`,
 * where a citizen sees their own). Newest first, paged by cursor with "Load more".
 */
export default function FeedbackListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const rawId = useParams().id;
  const planId = rawId ? Number(rawId) : null;
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const queryKey = JSON.stringify(query);
  const wide = useMediaQuery('(min-width: 56em)');
  const staff = isStaff(auth.roles);
  const office = auth.roles.includes('secretariat');
  const canSummary = office || auth.roles.includes('chair');
  const canReport = office || auth.roles.includes('ward');
  // The working list's export: staff who read items (not the installation's administrator).
  const canExport = ['secretariat', 'chair', 'unit', 'ward'].some((r) => auth.roles.includes(r));

  const plan = useAsync((signal) => (planId ? loadPlanFocus(api, planId, signal) : Promise.resolve(null)), [api, planId]);
  const places = useAsync((signal) => (staff ? loadLocalities(api, signal) : Promise.resolve([])), [api, staff]);
  const list = useCursorList((after, signal) => listFeedback(api, planId, { ...query, after }, signal), `${planId}:${queryKey}`);
  // The plan column of the list across plans: plans' names from the staff's plan list (one call, the latest hundred).
  const showPlans = planId === null && staff && canReadPlans(auth.roles);
  const planNames = useAsync(
    (signal) =>
      showPlans
        ? listPlans(api, { size: 100 }, signal).then((p) => new Map(p.items.map((x) => [x.id, x.title] as const)))
        : Promise.resolve(undefined),
    [api, showPlans],
  );
  useEffect(() => {
    setReplaced(new Map());
    setSelected(new Set());
    setFailures(new Map());
  }, [planId, queryKey]);

  // The office's selection for a bulk action, the items as the last bulk action answered, and its failures.
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [replaced, setReplaced] = useState<ReadonlyMap<number, Feedback>>(new Map());
  const [failures, setFailures] = useState<ReadonlyMap<number, string>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters);
  const setF = (k: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [k]: e.target.value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v.trim()) next.set(k, v.trim());
    setParams(keepSort(params, next));
  };
  const clear = () => {
    setFilters(Object.fromEntries(FILTERS.map((k) => [k, ''])) as Filters);
    setParams(keepSort(params, new URLSearchParams()));
  };
  const sortBy = (value: string) => setParams(withSort(params, SORTS, value));

  const title = planId ? t('feedback.list.title') : staff ? t('feedback.list.allTitle') : t('feedback.list.mineTitle');
  useDocumentTitle(plan.status === 'success' && plan.data ? `${title}: ${plan.data.title}` : title);

  const items = (list.status === 'success' ? list.items : []).map((f) => replaced.get(f.id) ?? f);
  const bulk = office && planId !== null;
  // The chair's answers awaiting approval: approved from the list itself.
  const approving = query.status === 'ANSWER_SUBMITTED' && auth.roles.includes('chair');
  const selection: ListSelection | undefined = bulk ? { selected, toggle, failures } : undefined;
  const selectedItems = items.filter((f) => selected.has(f.id));
  const allPicked = items.length > 0 && items.every((f) => selected.has(f.id));
  const { hasMore } = list;
  const shown =
    list.total != null
      ? t(list.totalCapped ? 'feedback.list.totalOver' : 'feedback.list.totalOf', { count: items.length, total: list.total })
      : hasMore
        ? t('feedback.list.shownMore', { count: items.length })
        : t('feedback.list.shown', { count: items.length });

  const focusAreas = plan.status === 'success' && plan.data ? plan.data.focusAreas : [];
  const wards = places.status === 'success' ? places.data : [];

  return (
    <div className="page fb-list-page">
      <p className="breadcrumb">
        {planId && canReadPlans(auth.roles) ? <Link to={`/plans/${planId}`}>{t('participants.backToPlan')}</Link> : <Link to="/">{t('auth.backHome')}</Link>}
      </p>
      <h1>{title}</h1>
      {plan.status === 'success' && plan.data ? (
        <p>
          <strong>{plan.data.title}</strong>
        </p>
      ) : null}
      {plan.status === 'error' ? <ErrorState error={plan.error} onRetry={plan.reload} onLogin={() => void auth.login()} /> : null}
      {canExport ? (
        <ExportActions path="/api/v1/feedback/export" query={{ ...query, size: undefined, plan: planId ?? undefined }} fileName="danh-sach-y-kien" />
      ) : null}

      {/* The office's tools on many items: the summary, organisations' reports and imports; bulk actions below. */}
      <div className="toolbar fb-toolbar">
        {planId && canSummary ? (
          <Link className="btn btn--secondary" to={`/plans/${planId}/feedback/summary`}>
            {t('feedback.summary.link')}
          </Link>
        ) : null}
        {planId && canReport ? (
          // A ward officer enters what the ward collected on the ward's own form; the office enters organisations' reports.
          <Link className="btn btn--secondary" to={office ? `/plans/${planId}/feedback/report` : `/plans/${planId}/feedback/ward`}>
            {office ? t('feedback.report.link') : t('feedback.ward.link')}
          </Link>
        ) : null}
        {planId ? (
          <Link className="btn btn--secondary" to={`/ke-hoach/${planId}/gop-y`}>
            {t('feedback.submit.link')}
          </Link>
        ) : null}
        <Link className="btn btn--secondary" to="/tra-cuu">
          {t('feedback.track.title')}
        </Link>
      </div>

      <details className="filters-toggle" open={wide || FILTERS.some((k) => params.get(k))}>
        <summary>{t('feedback.filters.label')}</summary>
        <form className="filters" role="search" aria-label={t('feedback.filters.label')} onSubmit={apply}>
          <Field label={t('feedback.filters.q')}>
            <input type="search" value={filters.q} onChange={setF('q')} autoComplete="off" />
          </Field>
          <Field label={t('feedback.field.status')}>
            <select value={filters.status} onChange={setF('status')}>
              <option value="">{t('feedback.filters.all')}</option>
              {FEEDBACK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`feedback.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {focusAreas.length > 0 ? (
            <Field label={t('feedback.field.focusArea')}>
              <select value={filters.focusArea} onChange={setF('focusArea')}>
                <option value="">{t('feedback.filters.all')}</option>
                {focusAreas.map((a) => (
                  <option key={a.id} value={String(a.id)}>
                    {a.title}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {wards.length > 0 ? (
            <Field label={t('feedback.field.wardCode')}>
              <select value={filters.ward} onChange={setF('ward')}>
                <option value="">{t('feedback.filters.all')}</option>
                {wards.map((w) => (
                  <option key={w.code} value={w.code}>
                    {w.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <Field label={t('feedback.field.channel')}>
            <select value={filters.channel} onChange={setF('channel')}>
              <option value="">{t('feedback.filters.all')}</option>
              {FEEDBACK_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`feedback.channel.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('feedback.field.kind')}>
            <select value={filters.kind} onChange={setF('kind')}>
              <option value="">{t('feedback.filters.all')}</option>
              {FEEDBACK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`feedback.kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('feedback.raisedBefore.filter')}>
            <select value={filters.raisedBefore} onChange={setF('raisedBefore')}>
              <option value="">{t('feedback.filters.all')}</option>
              <option value="true">{t('feedback.raisedBefore.only')}</option>
              <option value="false">{t('feedback.raisedBefore.none')}</option>
            </select>
          </Field>
          <Field label={t('feedback.filters.open')}>
            <select value={filters.open} onChange={setF('open')}>
              <option value="">{t('feedback.filters.all')}</option>
              <option value="true">{t('feedback.filters.openOnly')}</option>
              <option value="false">{t('feedback.filters.closedOnly')}</option>
            </select>
          </Field>
          <div className="actions filters__actions">
            <button type="submit" className="btn btn--primary">
              {t('feedback.filters.apply')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={clear}>
              {t('feedback.filters.clear')}
            </button>
          </div>
        </form>
      </details>

      <div className="list-head">
        <h2>{t('feedback.list.caption')}</h2>
        <label className="list-head__sort">
          <span>{t('feedback.list.sort')}</span>
          <select value={readSort(params, SORTS) ?? SORTS[0]} onChange={(e) => sortBy(e.target.value)}>
            <option value="-createdAt">{t('feedback.list.sortNewest')}</option>
            <option value="createdAt">{t('feedback.list.sortOldest')}</option>
          </select>
        </label>
      </div>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} onLogin={() => void auth.login()} /> : null}
      {list.status === 'success' ? (
        <>
          <p className="muted" role="status">
            {shown}
          </p>
          <div aria-live="polite">
            {notice ? (
              <p className="alert alert--success">{notice}</p>
            ) : null}
          </div>
          {bulk && items.length > 0 ? (
            <label className="check fb-pick-all">
              <input
                type="checkbox"
                checked={allPicked}
                onChange={() => setSelected(allPicked ? new Set() : new Set(items.map((f) => f.id)))}
              />
              <span>{t('feedback.bulk.pickAll')}</span>
            </label>
          ) : null}
          {bulk && planId ? (
            <BulkBar
              planId={planId}
              selected={selectedItems}
              focusAreas={focusAreas}
              onDone={(done, message) => {
                setReplaced((r) => new Map([...r, ...done.map((f) => [f.id, f] as const)]));
                setSelected(new Set());
                setFailures(new Map());
                setNotice(message);
              }}
              onFailures={(f) => {
                setFailures(f);
                setNotice(null);
              }}
              onClear={() => {
                setSelected(new Set());
                setFailures(new Map());
              }}
            />
          ) : null}
          {approving ? (
            <ApprovalQueue
              items={items}
              onApproved={(f) => {
                setReplaced((r) => new Map([...r, [f.id, f] as const]));
                setNotice(t('feedback.approvals.approved', { title: f.title }));
              }}
            />
          ) : (
            <FeedbackList
              items={items}
              selection={selection}
              plans={showPlans ? (planNames.status === 'success' ? planNames.data : new Map()) : undefined}
            />
          )}
          <LoadMore list={list} label={t('feedback.list.loadMore')} />
        </>
      ) : null}
    </div>
  );
}
