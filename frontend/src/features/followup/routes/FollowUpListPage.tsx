import { useState, type FormEvent } from 'react';
import { PAGES_PARAM, useCursorList } from '../../../lib/useCursorList';
import { LoadMore } from '../../../ui/LoadMore';
import { keepSort, readSort, withSort } from '../../../lib/listOrder';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { ExportActions } from '../../../ui/ExportActions';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate } from '../../plans/format';
import { listFollowUps } from '../api/followup';
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpQuery, type FollowUpStatus } from '../api/types';
import { PercentBar, StandingBadges, isOverdue } from '../components/FollowUpBits';
import '../followup.css';

const PAGE_SIZE = 20;
/** The orders the API offers; the first is its default. */
const SORTS = ['dueDate', '-dueDate', '-issuedAt', 'issuedAt'] as const;
const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  dueDate: 'sortDueAsc',
  '-dueDate': 'sortDueDesc',
  '-issuedAt': 'sortIssuedDesc',
  issuedAt: 'sortIssuedAsc',
};

function readQuery(params: URLSearchParams): FollowUpQuery {
  const status = params.get('status');
  const plan = params.get('plan');
  const overdue = params.get('overdue');
  return {
    status: FOLLOW_UP_STATUSES.includes(status as FollowUpStatus) ? (status as FollowUpStatus) : undefined,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    plan: plan && /^\d+$/.test(plan) ? Number(plan) : undefined,
    unit: params.get('unit')?.trim() || undefined,
    sort: readSort(params, SORTS),
    size: PAGE_SIZE,
  };
}

/** One followed ruling as a card: what, by whom, by when, how far. */
function FollowUpCard({ item }: { item: FollowUp }) {
  const { t } = useTranslation();
  const r = item.ruling;
  return (
    <li className={`fu-card fu-card--${r.followUp ?? 'OPEN'}${isOverdue(item) ? ' fu-card--overdue' : ''}`}>
      <div className="fu-badges">
        <StandingBadges followUp={item} />
      </div>
      <h3 className="fu-card__title">
        <Link to={`/plans/${r.planId}/rulings/${r.id}/follow-up`}>
          {t('followUp.ruling', { number: r.number })} · <span translate="no">{item.planCode}</span>
        </Link>
      </h3>
      <p className="fu-card__line">
        {t('followUp.due')}: {r.dueDate ? formatDate(r.dueDate) : t('followUp.noDueDate')}
        {r.leadUnit?.name ? ` · ${r.leadUnit.name}` : ''}
      </p>
      <p className="fu-card__content fu-card__content--clamped">{r.content}</p>
      <PercentBar percent={r.progressPercent} />
      {/* The rest on tap: a phone shows several rulings on a screen instead of two. */}
      <details className="fu-card__more">
        <summary>{t('followUp.more')}</summary>
        <dl className="fu-facts">
          <Fact label={t('followUp.escalatedTo')}>{r.escalatedTo}</Fact>
          <Fact label={t('followUp.latest')}>{r.progressNote}</Fact>
        </dl>
      </details>
    </li>
  );
}

/**
 * `/follow-up`: the rulings a unit leads or coordinates across plans (the office and the chair: all), earliest due
 * first, as cards that read on a phone; filters by status and overdue; "Show more" pages by cursor.
 */
export default function FollowUpListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const queryKey = JSON.stringify(query);
  useDocumentTitle(t('followUp.title'));

  const list = useCursorList((after, signal) => listFollowUps(api, { ...query, after }, signal), queryKey);

  const [status, setStatus] = useState(params.get('status') ?? '');
  const [overdue, setOverdue] = useState(params.get('overdue') ?? '');
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    next.delete(PAGES_PARAM);
    for (const [k, v] of [['status', status], ['overdue', overdue]] as const) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const clear = () => {
    setStatus('');
    setOverdue('');
    setParams(keepSort(params, new URLSearchParams()));
  };
  const sortBy = (value: string) => setParams(withSort(params, SORTS, value));

  const items: FollowUp[] = list.status === 'success' ? list.items : [];

  return (
    <div className="page fu-list-page">
      <p className="breadcrumb">
        <Link to="/">{t('auth.backHome')}</Link>
      </p>
      <h1>{t('followUp.title')}</h1>
      <p>{t('followUp.intro')}</p>
      <ExportActions path="/api/v1/follow-up/export" query={{ ...query, size: undefined }} fileName="theo-doi-ket-luan" />
      <details className="filters-toggle" open={Boolean(params.get('status') || params.get('overdue'))}>
        <summary>{t('followUp.filters.label')}</summary>
        <form className="filters" role="search" aria-label={t('followUp.filters.label')} onSubmit={apply}>
          <Field label={t('followUp.filters.status')}>
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t('followUp.filters.all')}</option>
              {FOLLOW_UP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`followUp.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('followUp.filters.overdue')}>
            <select value={overdue} onChange={(e) => setOverdue(e.target.value)}>
              <option value="">{t('followUp.filters.all')}</option>
              <option value="true">{t('followUp.filters.overdueOnly')}</option>
              <option value="false">{t('followUp.filters.notOverdue')}</option>
            </select>
          </Field>
          <div className="actions filters__actions">
            <button type="submit" className="btn btn--primary">
              {t('followUp.filters.apply')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={clear}>
              {t('followUp.filters.clear')}
            </button>
          </div>
        </form>
      </details>

      <div className="list-head">
        <h2>{t('followUp.listCaption')}</h2>
        <label className="list-head__sort">
          <span>{t('followUp.sort')}</span>
          <select value={query.sort ?? SORTS[0]} onChange={(e) => sortBy(e.target.value)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`followUp.${SORT_LABELS[s]}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} onLogin={() => void auth.login()} /> : null}
      {list.status === 'success' ? (
        <>
          <p className="muted" role="status">
            {items.length === 0
              ? t('followUp.empty')
              : list.total != null
                ? t('followUp.totalOf', { count: items.length, total: list.total })
                : t('followUp.shown', { count: items.length })}
          </p>
          {items.length > 0 ? (
            <ul className="fu-cards">
              {items.map((f) => (
                <FollowUpCard key={f.ruling.id} item={f} />
              ))}
            </ul>
          ) : null}
          <LoadMore list={list} label={t('followUp.loadMore')} />
        </>
      ) : null}
    </div>
  );
}
